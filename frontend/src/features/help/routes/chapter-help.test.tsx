import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch, requests } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import {
  aChapterDashboard,
  downtownChapter,
  mePresident,
} from "../components/chapter-dashboard-test-data";
import { policies } from "../components/help-summary-test-data";
import { meWithSeat, organization, problem } from "../components/test-data";

import ChapterHelpRoute from "./chapter-help";

const routes = [{ path: "/app/:orgSlug/chapters/:chapterId/help", element: <ChapterHelpRoute /> }];
const DASHBOARD = "GET /api/v1/orgs/demo/chapters/c1/help-dashboard";

function mockDashboard(extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    "GET /api/v1/me": mePresident(),
    "GET /api/v1/orgs/demo/chapters/c1/": downtownChapter,
    "GET /api/v1/orgs/demo/": organization,
    "GET /api/v1/policies": policies,
    [DASHBOARD]: { status: 200, body: aChapterDashboard() },
    ...extra,
  });
}

const section = (name: string) => screen.getByRole("region", { name });
const figure = (name: string) => screen.getByRole("group", { name });

describe("ChapterHelpRoute", () => {
  it("shows the chapter's month against the last, in the organization's currency", async () => {
    mockDashboard();
    renderRoutes(routes, "/app/demo/chapters/c1/help");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Downtown this month" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/3 members$/)).toBeInTheDocument();
    expect(figure("Score")).toHaveTextContent("52vs Feb 1–4: 40▲12Up 12 on Feb 1–4");
    expect(figure("Referrals")).toHaveTextContent("8vs Feb 1–4: 5▲3Up 3 on Feb 1–4");
    expect(await screen.findByText("€2,500.00")).toBeInTheDocument();
    expect(figure("Thank-you amount")).toHaveTextContent(
      "€2,500.00vs Feb 1–4: €1,000.00▲€1,500.00Up €1,500.00 on Feb 1–4",
    );
    expect(figure("1-2-1s")).toHaveTextContent("3vs Feb 1–4: 6▼3Down 3 on Feb 1–4");
    expect(figure("Visitors")).toHaveTextContent("2vs Feb 1–4: 2Same as Feb 1–4");
    expect(figure("Follow-up rate")).toHaveTextContent("75%");
    expect(await screen.findByText(/answered within 3 days/)).toBeInTheDocument();
    expect(figure("Unconfirmed 1-2-1s")).toHaveTextContent("4");
  });

  it("names whom to thank, whom to nudge and which referrals wait for a call", async () => {
    mockDashboard();
    renderRoutes(routes, "/app/demo/chapters/c1/help");

    await screen.findByRole("heading", { level: 1, name: "Downtown this month" });
    const givers = within(section("Top givers")).getAllByRole("listitem");
    expect(givers.map((row) => row.textContent)).toEqual([
      "1Bob BuilderBuilder BrosScore 40",
      "2Cy CookCy's KitchenScore 12",
    ]);
    const board = within(section("Top givers")).getByRole("link", { name: "Chapter leaderboard" });
    expect(board).toHaveAttribute("href", "/app/demo/leaderboard?chapter=c1");

    const quiet = section("Members who gave nothing yet this month");
    expect(within(quiet).getByRole("listitem")).toHaveTextContent("Dee DecoratorDee Designs");

    const overdue = section("Referrals waiting for follow-up");
    expect(overdue).toHaveTextContent("1 waiting");
    expect(within(overdue).getByRole("listitem")).toHaveTextContent(
      "Cy Cook: call Eli EstateFrom Bob Builder · 12 days ago",
    );
  });

  it("says when everyone has given and nothing waits", async () => {
    mockDashboard({
      [DASHBOARD]: {
        status: 200,
        body: aChapterDashboard({
          quiet_members: [],
          overdue_referrals: [],
          overdue_count: 0,
          follow_up_rate: null,
        }),
      },
    });
    renderRoutes(routes, "/app/demo/chapters/c1/help");

    expect(await screen.findByText("Everyone has given help this month.")).toBeInTheDocument();
    expect(section("Referrals waiting for follow-up")).toHaveTextContent("0 waiting");
    expect(figure("Follow-up rate")).toHaveTextContent("Too early to tell");
  });

  it("shows no access when the API refuses the dashboard", async () => {
    mockDashboard({ [DASHBOARD]: problem(403, "Only the chapter's leaders see this.") });
    renderRoutes(routes, "/app/demo/chapters/c1/help");

    expect(await screen.findByRole("heading", { name: "No access" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Downtown this month" })).toBeNull();
  });

  it("does not ask for the dashboard of a member who does not lead the chapter", async () => {
    const fetch = mockFetch({ "GET /api/v1/me": meWithSeat() });
    renderRoutes(routes, "/app/demo/chapters/c1/help");

    expect(await screen.findByRole("heading", { name: "No access" })).toBeInTheDocument();
    expect(requests(fetch).some((request) => request.key === DASHBOARD)).toBe(false);
  });

  it("counts the seats past their renewal date, with a link to the roster", async () => {
    mockDashboard({ [DASHBOARD]: { status: 200, body: aChapterDashboard({ overdue_renewals: 2 }) } });
    renderRoutes(routes, "/app/demo/chapters/c1/help");

    const renewals = await screen.findByRole("region", { name: "Renewals overdue" });
    expect(renewals).toHaveTextContent("2 overdue");
    expect(renewals).toHaveTextContent("2 seats are past the renewal date.");
    expect(within(renewals).getByRole("link", { name: "See them on the roster" })).toHaveAttribute(
      "href",
      "/app/demo/chapters/c1",
    );
  });
});
