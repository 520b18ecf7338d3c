import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import { OnboardingForm } from "./onboarding-form";

const created = {
  id: "6f1c7c8e-7d0a-4b59-9a57-8d1f0b7c2a11",
  slug: "northside-network",
  name: "Northside Network",
  currency: "USD",
  time_zone: "UTC",
  settings: {},
  created_at: "2025-01-01T00:00:00Z",
  updated_at: "2025-01-01T00:00:00Z",
};

describe("OnboardingForm", () => {
  it("suggests the slug from the name until the slug is edited", async () => {
    mockFetch({});
    const { user } = renderWithProviders(<OnboardingForm onCreated={vi.fn()} />);

    await user.type(screen.getByLabelText("Organization name", { exact: false }), "Northside Network");
    expect(screen.getByLabelText("Slug", { exact: false })).toHaveValue("northside-network");

    await user.clear(screen.getByLabelText("Slug", { exact: false }));
    await user.type(screen.getByLabelText("Slug", { exact: false }), "north");
    await user.type(screen.getByLabelText("Organization name", { exact: false }), " East");
    expect(screen.getByLabelText("Slug", { exact: false })).toHaveValue("north");
  });

  it("shows a taken slug next to the slug field", async () => {
    const fetch = mockFetch({
      "POST /api/v1/orgs": {
        status: 409,
        body: {
          type: "https://docs.networking-groups.example/errors/conflict",
          title: "Conflict",
          status: 409,
          detail: "This slug is taken; choose another.",
          errors: { slug: ["This slug is taken; choose another."] },
        },
      },
    });
    const onCreated = vi.fn();
    const { user } = renderWithProviders(<OnboardingForm onCreated={onCreated} />);

    await user.type(screen.getByLabelText("Organization name", { exact: false }), "Demo");
    await user.click(screen.getByRole("button", { name: "Create organization" }));

    expect(await screen.findByText("This slug is taken; choose another.")).toBeInTheDocument();
    expect(screen.getByLabelText("Slug", { exact: false })).toHaveAccessibleDescription(
      expect.stringContaining("This slug is taken; choose another.") as string,
    );
    expect(onCreated).not.toHaveBeenCalled();
    expect(await sentBodies(fetch, "POST /api/v1/orgs")).toEqual([
      expect.objectContaining({ name: "Demo", slug: "demo" }),
    ]);
  });

  it("hands over the created organization", async () => {
    mockFetch({
      "POST /api/v1/orgs": { status: 201, body: created },
      "GET /api/v1/me": { status: 200, body: { id: "u", email: "a@b.c", name: "", organizations: [] } },
    });
    const onCreated = vi.fn();
    const { user } = renderWithProviders(<OnboardingForm onCreated={onCreated} />);

    await user.type(screen.getByLabelText("Organization name", { exact: false }), "Northside Network");
    await user.click(screen.getByRole("button", { name: "Create organization" }));

    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
  });
});
