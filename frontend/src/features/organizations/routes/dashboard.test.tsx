import { screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { Outlet } from "react-router";
import { describe, expect, it } from "vitest";

import { mockFetch } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import type { HomeSections } from "../components/home-sections";

import DashboardRoute from "./dashboard";

const me = {
  status: 200,
  body: {
    id: "u1",
    email: "ann@demo.example.com",
    name: "Ann Giver",
    organizations: [
      {
        id: "o1",
        slug: "demo",
        name: "Demo Network",
        role: "member",
        region: null,
        scopes: ["organization:read", "help:read"],
        seats: [{ member: "m9", chapter: "c1", chapter_name: "Downtown", status: "active" }],
        leads: [],
      },
    ],
  },
};
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

/** The home as the app shows it: under a layout that hands it the other features' sections. */
function renderHome(
  help: ReactNode,
  person: { status: number; body: unknown } = me,
  more: Parameters<typeof mockFetch>[0] = {},
) {
  const home: HomeSections = { help };
  mockFetch({ "GET /api/v1/me": person, "GET /api/v1/orgs/demo/": organization, ...more });
  return renderRoutes(
    [
      {
        path: "/app/:orgSlug",
        element: <Outlet context={home} />,
        children: [{ index: true, element: <DashboardRoute /> }],
      },
    ],
    "/app/demo",
  );
}

describe("DashboardRoute", () => {
  it("shows the person's help above the links, and no placeholder", async () => {
    renderHome(<h2>Your help</h2>);

    const help = await screen.findByRole("heading", { name: "Your help" });
    const leaderboard = screen.getByRole("link", { name: /Leaderboard/ });
    expect(help.compareDocumentPosition(leaderboard)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(screen.queryByText("Nothing to show yet")).toBeNull();
  });

  it("keeps the placeholder for someone with no help to show", async () => {
    renderHome(null);

    expect(await screen.findByText("Nothing to show yet")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Demo Network" })).toBeInTheDocument();
  });

  it("names the chapter roles a vice president holds, not their organization role", async () => {
    const membership = me.body.organizations[0]!;
    const vicePresident = {
      ...me,
      body: {
        ...me.body,
        organizations: [
          {
            ...membership,
            leads: [
              { chapter: "c1", chapter_name: "Downtown", roles: ["vice_president"], scopes: [] },
            ],
          },
        ],
      },
    };
    renderHome(null, vicePresident);

    expect(await screen.findByText("Vice president, Downtown")).toBeInTheDocument();
    expect(screen.getByText("Your role:")).toBeInTheDocument();
    expect(screen.queryByText("Member")).toBeNull();
  });

  it("names a member's seat", async () => {
    renderHome(null);

    expect(await screen.findByText("Member, Downtown")).toBeInTheDocument();
  });
});
