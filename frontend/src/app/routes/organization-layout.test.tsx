import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch, requests } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { OrganizationLayout } from "./organization-layout";
import { RequireAuth } from "./require-auth";

const me = {
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
        scopes: ["organization:read", "organization:write"],
      },
    ],
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
    const fetch = mockFetch({ "GET /api/v1/me": me });
    renderRoutes(routes, "/app/someone-else");

    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
    expect(screen.queryByText("Inside the organization")).not.toBeInTheDocument();
    expect(requests(fetch).map((request) => request.key)).toEqual(["GET /api/v1/me"]);
  });

  it("shows not found when the API says the organization is gone", async () => {
    mockFetch({
      "GET /api/v1/me": me,
      "GET /api/v1/orgs/demo/": {
        status: 404,
        body: { type: "x", title: "Not found", status: 404, detail: "Not found." },
      },
    });
    renderRoutes(routes, "/app/demo");

    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
  });
});
