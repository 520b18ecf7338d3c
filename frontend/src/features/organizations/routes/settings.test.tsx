import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import SettingsRoute from "./settings";

function me(role: string, scopes: string[]) {
  return {
    status: 200,
    body: {
      id: "u1",
      email: "someone@demo.example.com",
      name: "Someone",
      organizations: [{ id: "o1", slug: "demo", name: "Demo Network", role, region: null, scopes }],
    },
  };
}
const organization = {
  status: 200,
  body: {
    id: "o1",
    slug: "demo",
    name: "Demo Network",
    currency: "USD",
    time_zone: "UTC",
    settings: { category_lock: true },
    created_at: "2025-01-01T00:00:00Z",
    updated_at: "2025-01-01T00:00:00Z",
  },
};
const policies = {
  status: 200,
  body: [
    {
      name: "category_lock",
      label: "One member per profession in a chapter",
      section: "membership",
      section_label: "Membership",
      type: "boolean",
      default: true,
      description: "One active member per category per chapter.",
      minimum: null,
      maximum: null,
    },
  ],
};
const routes = [{ path: "/app/:orgSlug/settings", element: <SettingsRoute /> }];

describe("SettingsRoute", () => {
  it("renders the policies the server lists, editable with organization:write", async () => {
    mockFetch({
      "GET /api/v1/me": me("admin", ["organization:read", "organization:write"]),
      "GET /api/v1/orgs/demo/": organization,
      "GET /api/v1/policies": policies,
    });
    renderRoutes(routes, "/app/demo/settings");

    expect(await screen.findByRole("switch", { name: /One member per profession in a chapter/ })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Save settings" })).toBeInTheDocument();
  });

  it("shows the settings read-only without organization:write, whatever the role", async () => {
    // An admin's role, but the scopes the server sent are what count.
    mockFetch({
      "GET /api/v1/me": me("admin", ["organization:read"]),
      "GET /api/v1/orgs/demo/": organization,
      "GET /api/v1/policies": policies,
    });
    renderRoutes(routes, "/app/demo/settings");

    expect(await screen.findByRole("switch", { name: /One member per profession in a chapter/ })).toBeDisabled();
    expect(screen.getByText("Only owners and admins can change these settings.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save settings" })).not.toBeInTheDocument();
  });

  it("says so when the policies cannot be loaded, and tries again", async () => {
    let policyCalls = 0;
    mockFetch({
      "GET /api/v1/me": me("owner", ["organization:read", "organization:write"]),
      "GET /api/v1/orgs/demo/": organization,
      "GET /api/v1/policies": () =>
        ++policyCalls === 1
          ? {
              status: 500,
              body: { type: "x", title: "Server error", status: 500, detail: "Try later." },
            }
          : policies,
    });
    const { user } = renderRoutes(routes, "/app/demo/settings");

    expect(await screen.findByRole("alert")).toHaveTextContent("Could not load this page");
    await user.click(screen.getByRole("button", { name: "Try again" }));

    expect(await screen.findByRole("switch", { name: /One member per profession in a chapter/ })).toBeInTheDocument();
  });
});
