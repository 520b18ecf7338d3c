import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { aHelpSummary, policies } from "@/features/help/components/help-summary-test-data";
import {
  aRow,
  aSeat,
  MEMBER_SCOPES,
  meWithSeat,
  organization,
} from "@/features/help/components/test-data";
import DashboardRoute from "@/features/organizations/routes/dashboard";
import { mockFetch, requests } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { OrganizationLayout } from "./organization-layout";

// The organization's home as the app composes it: the organizations feature's page, with the
// help feature's section for a member.
const routes = [
  {
    path: "/app/:orgSlug",
    element: <OrganizationLayout />,
    children: [{ index: true, element: <DashboardRoute /> }],
  },
];

const rows = Array.from({ length: 21 }, (_, index) =>
  aRow({ rank: index + 1, member: index === 2 ? "m9" : `m${index + 20}`, score: 60 - index }),
);

function mockHome(me = meWithSeat([aSeat({ chapter_name: "Downtown Breakfast" })])) {
  return mockFetch({
    "GET /api/v1/me": me,
    "GET /api/v1/orgs/demo/": organization,
    "GET /api/v1/policies": policies,
    "GET /api/v1/orgs/demo/members/m9/help-summary": { status: 200, body: aHelpSummary() },
    "GET /api/v1/orgs/demo/leaderboards/help-given": {
      status: 200,
      body: { metric: "score", period_start: "2026-03-01", period_end: "2026-03-31", total: rows.length, rows },
    },
  });
}

describe("the organization's home", () => {
  it("shows a member their month against the last, rank, balance and follow-up rate", async () => {
    mockHome();
    renderRoutes(routes, "/app/demo");

    const section = await screen.findByRole("region", { name: "Your help" });
    expect(
      await within(section).findByRole("link", { name: "Rank 3 of 21 in Downtown Breakfast" }),
    ).toHaveAttribute("href", "/app/demo/leaderboard");
    expect(within(section).getByText("Score 58 this month")).toBeInTheDocument();

    const referrals = within(section).getByRole("group", { name: "Referrals given" });
    expect(referrals).toHaveTextContent("5");
    expect(referrals).toHaveTextContent("Last month 3");
    expect(referrals).toHaveTextContent("Up 2 on last month");
    const business = within(section).getByRole("group", { name: "Thank-you amount generated" });
    await vi.waitFor(() => expect(business).toHaveTextContent("€1,500.00Last month €1,250.00"));
    expect(within(section).getByRole("group", { name: "Referrals" })).toHaveTextContent(
      "Given 14 referrals · Received 9",
    );
    expect(within(section).getByRole("group", { name: "Thank-you amounts" })).toHaveTextContent(
      "Generated €4,200.00 · Received €1,500.00",
    );
    const followUp = within(section).getByRole("group", { name: "Follow-up rate" });
    expect(followUp).toHaveTextContent("86%");
    expect(await within(followUp).findByText("Referrals you answered within 3 days")).toBeVisible();

    expect(screen.queryByText("Nothing to show yet")).toBeNull();
  });

  it("shows no help to someone without a seat", async () => {
    const fetch = mockHome(meWithSeat([], [...MEMBER_SCOPES]));
    renderRoutes(routes, "/app/demo");

    expect(await screen.findByText("Nothing to show yet")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Your help" })).toBeNull();
    expect(requests(fetch).map((request) => request.key)).not.toContain(
      "GET /api/v1/orgs/demo/members/m9/help-summary",
    );
  });
});
