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
    expect(referrals).toHaveTextContent("vs Feb 1–4: 3");
    expect(referrals).toHaveTextContent("Up 2 on Feb 1–4");
    const business = within(section).getByRole("group", { name: "Thank-you amount generated" });
    await vi.waitFor(() => expect(business).toHaveTextContent("€1,500.00vs Feb 1–4: €1,250.00"));
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

  it("lands an owner on the organization's figures and what needs attention", async () => {
    const owner = meWithSeat([], ["organization:read", "people:read", "members:write", "chapters:read"]);
    mockFetch({
      "GET /api/v1/me": owner,
      "GET /api/v1/orgs/demo/": organization,
      "GET /api/v1/orgs/demo/overview/": { status: 200, body: anOverview() },
    });
    renderRoutes(routes, "/app/demo");

    const overview = await screen.findByRole("region", { name: "Your organization" });
    expect(within(overview).getByRole("group", { name: "Chapters" })).toHaveTextContent(
      "33 active",
    );
    expect(within(overview).getByRole("group", { name: "Active members" })).toHaveTextContent(
      "74",
    );
    expect(
      within(overview).getByRole("group", { name: "Referrals given this month" }),
    ).toHaveTextContent("12Up 4 on last month (8)");
    expect(
      within(overview).getByText("This month compares Mar 1–15 against Feb 1–15: the same days of last month."),
    ).toBeInTheDocument();
    const attention = within(overview).getByRole("region", { name: "What needs attention" });
    expect(
      within(attention).getByRole("link", { name: "2 applications wait for a decision" }),
    ).toHaveAttribute("href", "/app/demo/applications");
    expect(
      within(attention).getByRole("link", {
        name: "1 past meeting's weekly report is not completed",
      }),
    ).toHaveAttribute("href", "/app/demo/meetings");
    expect(within(attention).queryByText(/follow-up window/)).toBeNull();
    expect(screen.queryByText("Nothing to show yet")).toBeNull();
  });
});

function anOverview() {
  const help = {
    referrals_given: 8,
    thank_you_amount_generated: "900.00",
    one_to_ones: 3,
    education: 1,
    testimonials_given: 0,
    other_help_given: 0,
    visitors: 2,
  };
  return {
    organization: "o1",
    today: "2026-03-15",
    chapters: { total: 3, active: 3 },
    members: { active: 74, on_leave: 2, pending: 1 },
    this_period: { start: "2026-03-01", end: "2026-03-15" },
    last_period: { start: "2026-02-01", end: "2026-02-15" },
    help_this_period: { ...help, referrals_given: 12, visitors: 3 },
    help_last_period: help,
    attention: [
      { kind: "applications_to_decide", count: 2 },
      { kind: "applications_awaiting_payment", count: 0 },
      { kind: "visitors_to_follow_up", count: 0 },
      { kind: "renewals_overdue", count: 0 },
      { kind: "reports_not_completed", count: 1 },
      { kind: "referrals_waiting", count: 0 },
    ],
  };
}
