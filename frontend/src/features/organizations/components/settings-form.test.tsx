import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import type { Policy } from "../api/get-policies";

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
// As GET /api/v1/policies lists them (a subset).
const policies: Policy[] = [
  {
    name: "max_absences",
    label: "Absences allowed",
    section: "attendance",
    section_label: "Attendance",
    type: "integer" as const,
    default: 3,
    description: "Absences allowed in the rolling window.",
    minimum: 0,
    maximum: 52,
  },
  {
    name: "category_lock",
    label: "One member per profession in a chapter",
    section: "membership",
    section_label: "Membership",
    type: "boolean" as const,
    default: true,
    description: "One active member per category per chapter.",
    minimum: null,
    maximum: null,
  },
];

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
      <SettingsForm organization={organization} policies={policies} canEdit />,
    );

    await user.click(screen.getByRole("switch", { name: /One member per profession in a chapter/ }));
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
      <SettingsForm organization={organization} policies={policies} canEdit />,
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
    renderWithProviders(
      <SettingsForm organization={organization} policies={policies} canEdit={false} />,
    );

    expect(screen.getByRole("switch", { name: /One member per profession in a chapter/ })).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Save settings" })).not.toBeInTheDocument();
  });

  it("shows a policy the server lists as it describes it, with its default and its bounds", async () => {
    const fetch = mockFetch({});
    const guests: Policy = {
      name: "max_guests_per_meeting",
      label: "",
      section: "attendance",
      section_label: "Attendance",
      type: "integer" as const,
      default: 4,
      description: "Guests a member may bring to one meeting.",
      minimum: 1,
      maximum: 8,
    };
    const quiet: Policy = {
      name: "quiet_hours",
      label: "",
      section: "help",
      section_label: "Referrals and thank-yous",
      type: "boolean" as const,
      default: true,
      description: "No notifications at night.",
      minimum: null,
      maximum: null,
    };
    const { user } = renderWithProviders(
      <SettingsForm
        organization={organization}
        policies={[...policies, guests, quiet]}
        canEdit
      />,
    );

    const guestsInput = screen.getByRole("textbox", { name: "Max guests per meeting" });
    expect(guestsInput).toHaveValue("4");
    expect(guestsInput).toHaveAccessibleDescription("Guests a member may bring to one meeting.");
    // A switch's name takes in its description.
    expect(screen.getByRole("switch", { name: /^Quiet hours/ })).toBeChecked();
    expect(screen.getByText("No notifications at night.")).toBeInTheDocument();

    await user.clear(guestsInput);
    await user.type(guestsInput, "9");
    await user.click(screen.getByRole("button", { name: "Save settings" }));

    expect(await screen.findByText("Must be between 1 and 8.")).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("groups the policies in sections named in a leader's words, each with a line of help", () => {
    mockFetch({});
    renderWithProviders(<SettingsForm organization={organization} policies={policies} canEdit />);

    const membership = screen.getByRole("group", { name: "Membership" });
    expect(
      within(membership).getByRole("switch", { name: /One member per profession in a chapter/ }),
    ).toBeInTheDocument();
    const attendance = screen.getByRole("group", { name: "Attendance" });
    expect(within(attendance).getByRole("textbox", { name: "Absences allowed" })).toHaveAccessibleDescription(
      "Absences allowed in the rolling window.",
    );
  });
});
