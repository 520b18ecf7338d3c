import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import { SettingsForm } from "./settings-form";

const organization = {
  id: "o1",
  slug: "demo",
  name: "Demo Network",
  currency: "USD",
  time_zone: "UTC",
  settings: { category_lock: true, max_absences: 3 },
  created_at: "2025-01-01T00:00:00Z",
  updated_at: "2025-01-01T00:00:00Z",
};

describe("SettingsForm", () => {
  it("shows a policy's server error next to that policy", async () => {
    const fetch = mockFetch({
      "PATCH /api/v1/orgs/demo/": {
        status: 400,
        body: {
          type: "https://docs.networking-groups.example/errors/invalid-input",
          title: "Invalid input",
          status: 400,
          detail: "The request has invalid fields; see errors.",
          errors: { settings: { max_absences: ["Must be between 0 and 52."] } },
        },
      },
    });
    const { user } = renderWithProviders(
      <SettingsForm organization={organization} canEdit />,
    );

    await user.click(screen.getByRole("switch", { name: /Category lock/ }));
    await user.click(screen.getByRole("button", { name: "Save settings" }));

    expect(await screen.findByText("Must be between 0 and 52.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Absences allowed/ })).toHaveAccessibleDescription(
      expect.stringContaining("Must be between 0 and 52.") as string,
    );
    expect(await sentBodies(fetch, "PATCH /api/v1/orgs/demo/")).toEqual([
      {
        name: "Demo Network",
        currency: "USD",
        time_zone: "UTC",
        settings: { category_lock: false, max_absences: 3 },
      },
    ]);
  });

  it("refuses a number out of bounds before asking the server", async () => {
    const fetch = mockFetch({});
    const { user } = renderWithProviders(
      <SettingsForm organization={organization} canEdit />,
    );

    const absences = screen.getByRole("textbox", { name: /Absences allowed/ });
    await user.clear(absences);
    await user.type(absences, "99");
    await user.click(screen.getByRole("button", { name: "Save settings" }));

    expect(await screen.findByText("Must be between 0 and 52.")).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("shows the values without a save button to other roles", () => {
    mockFetch({});
    renderWithProviders(<SettingsForm organization={organization} canEdit={false} />);

    expect(screen.getByRole("switch", { name: /Category lock/ })).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Save settings" })).not.toBeInTheDocument();
  });
});
