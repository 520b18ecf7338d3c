import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch, requests } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { OrganizationLayout } from "./organization-layout";
import { RequireAuth } from "./require-auth";

const MEMBER = ["organization:read", "members:read", "help:read", "help:give"];
const seat = { member: "m9", chapter: "c1", chapter_name: "Downtown", status: "active" };

function me(scopes: string[] = ["organization:read", "organization:write"], seats: unknown[] = []) {
  return {
    status: 200,
    body: {
      id: "u1",
      email: "owner@demo.example.com",
      name: "Olive",
      organizations: [
        {
          id: "o1",
          slug: "demo",
          name: "Demo Network",
          role: "owner",
          region: null,
          scopes,
          seats,
          leads: [],
        },
      ],
    },
  };
}

const organization = {
  status: 200,
  body: {
    id: "o1",
    slug: "demo",
    name: "Demo Network",
    currency: "EUR",
    time_zone: "Europe/Paris",
    settings: {},
    created_at: "2025-01-01T00:00:00Z",
    updated_at: "2025-01-01T00:00:00Z",
  },
};

const routes = [
  {
    path: "/app/:orgSlug",
    element: (
      <RequireAuth>
        <OrganizationLayout />
      </RequireAuth>
    ),
    children: [{ index: true, element: <p>Inside the organization</p> }],
  },
];

describe("OrganizationLayout", () => {
  it("shows not found for an organization the person does not belong to, asking nothing of it", async () => {
    const fetch = mockFetch({ "GET /api/v1/me": me() });
    renderRoutes(routes, "/app/someone-else");

    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
    expect(screen.queryByText("Inside the organization")).not.toBeInTheDocument();
    expect(requests(fetch).map((request) => request.key)).toEqual(["GET /api/v1/me"]);
  });

  it("shows not found when the API says the organization is gone", async () => {
    mockFetch({
      "GET /api/v1/me": me(),
      "GET /api/v1/orgs/demo/": {
        status: 404,
        body: { type: "x", title: "Not found", status: 404, detail: "Not found." },
      },
    });
    renderRoutes(routes, "/app/demo");

    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
  });
});

describe("an organization that requires two-factor authentication", () => {
  it("shows how to set it up instead of its pages, asking nothing of it", async () => {
    const strict = me(MEMBER, [seat]);
    Object.assign(strict.body.organizations[0]!, { requires_mfa: true, mfa_setup_required: true });
    const fetch = mockFetch({ "GET /api/v1/me": strict });
    renderRoutes(routes, "/app/demo");

    expect(
      await screen.findByRole("heading", {
        name: "This organization requires two-factor authentication",
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Set up two-factor authentication" })).toHaveAttribute(
      "href",
      "/app/account/security",
    );
    expect(screen.queryByText("Inside the organization")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Give" })).toBeNull();
    expect(requests(fetch).map((request) => request.key)).toEqual(["GET /api/v1/me"]);
  });

  it("opens its pages once the person has set it up", async () => {
    const ready = me(MEMBER, [seat]);
    Object.assign(ready.body.organizations[0]!, { requires_mfa: true, mfa_setup_required: false });
    mockFetch({ "GET /api/v1/me": ready, "GET /api/v1/orgs/demo/": organization });
    renderRoutes(routes, "/app/demo");

    expect(await screen.findByText("Inside the organization")).toBeInTheDocument();
  });
});

describe("the Give button", () => {
  it("is on the organization's pages for a member with a seat, and opens Give help", async () => {
    mockFetch({ "GET /api/v1/me": me(MEMBER, [seat]), "GET /api/v1/orgs/demo/": organization });
    const { user } = renderRoutes(routes, "/app/demo");

    expect(await screen.findByText("Inside the organization")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Give" }));

    const dialog = await screen.findByRole("dialog", { name: "Give help" });
    expect(dialog).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Referral" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Thank-you" })).not.toBeChecked();
  });

  it("is not there without a seat, even with the scope to give", async () => {
    mockFetch({ "GET /api/v1/me": me(MEMBER), "GET /api/v1/orgs/demo/": organization });
    renderRoutes(routes, "/app/demo");

    expect(await screen.findByText("Inside the organization")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Give" })).toBeNull();
  });

  it("is not there for a seat that no longer holds, nor without the scope to give", async () => {
    const dropped = { ...seat, status: "dropped" };
    mockFetch({ "GET /api/v1/me": me(MEMBER, [dropped]), "GET /api/v1/orgs/demo/": organization });
    const first = renderRoutes(routes, "/app/demo");
    expect(await screen.findByText("Inside the organization")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Give" })).toBeNull();
    first.unmount();

    mockFetch({
      "GET /api/v1/me": me(["organization:read", "help:read"], [seat]),
      "GET /api/v1/orgs/demo/": organization,
    });
    renderRoutes(routes, "/app/demo");
    expect(await screen.findByText("Inside the organization")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Give" })).toBeNull();
  });
});
