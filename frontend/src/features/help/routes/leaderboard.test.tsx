import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { mockFetch } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { aChapter, aRow, aSeat, meWithSeat, organization, page } from "../components/test-data";

import LeaderboardRoute from "./leaderboard";

const routes = [{ path: "/app/:orgSlug/leaderboard", element: <LeaderboardRoute /> }];
const BOARD = "GET /api/v1/orgs/demo/leaderboards/help-given";

const rows = [
  aRow(),
  aRow({
    rank: 2,
    member: "m9",
    member_name: "Ann Giver",
    business_name: "Giver Gifts",
    score: 30,
    referrals: 4,
    thank_you_amount: "250.00",
    rank_change: -1,
  }),
  aRow({
    rank: 3,
    member: "m3",
    member_name: "Cy Quiet",
    business_name: "Quiet Co",
    score: 10,
    referrals: 1,
    // Hidden: the organization shows members others' thank-you amounts as totals only.
    thank_you_amount: null,
    rank_change: null,
  }),
];

/** The board's API; every query it is asked is kept, as a plain object. */
function mockBoard(me = meWithSeat()) {
  const asked: Record<string, string>[] = [];
  mockFetch({
    "GET /api/v1/me": me,
    "GET /api/v1/orgs/demo/": organization,
    "GET /api/v1/orgs/demo/chapters/": page([aChapter("c1", "Downtown"), aChapter("c2", "Uptown")]),
    [BOARD]: (request) => {
      asked.push(Object.fromEntries(new URL(request.url).searchParams));
      return {
        status: 200,
        body: { metric: "score", period_start: "2026-03-01", period_end: "2026-03-31", rows },
      };
    },
  });
  return asked;
}

type User = ReturnType<typeof renderRoutes>["user"];

async function choose(user: User, field: string, option: string) {
  await user.click(screen.getByRole("combobox", { name: field }));
  await user.click(await screen.findByRole("option", { name: option }));
}

describe("LeaderboardRoute", () => {
  it("ranks the person's chapter this month by score, their own row marked", async () => {
    const asked = mockBoard();
    renderRoutes(routes, "/app/demo/leaderboard");

    expect(await screen.findByText("Your rank: 2")).toBeInTheDocument();
    expect(asked).toEqual([{ period: "month", metric: "score", chapter: "c1" }]);
    expect(screen.getByRole("radio", { name: "Month" })).toBeChecked();
    expect(screen.getByRole("combobox", { name: "Chapter" })).toHaveValue("My chapter");
    expect(screen.getByRole("combobox", { name: "Rank by" })).toHaveValue("Score");

    const table = screen.getByRole("table", { name: "Ranking" });
    const mine = within(table).getByRole("row", { name: /Ann Giver/ });
    expect(mine).toHaveAttribute("aria-current", "true");
    expect(mine).toHaveTextContent("Giver Gifts");
    expect(mine).toHaveTextContent("▼1");
    expect(within(table).getAllByRole("row", { current: true })).toEqual([mine]);

    const top = within(table).getByRole("row", { name: /Bob Builder/ });
    expect(top).not.toHaveAttribute("aria-current");
    const cells = within(top).getAllByRole("cell").map((cell) => cell.textContent);
    expect(cells.slice(0, 7)).toEqual([
      "1",
      "Bob Builder",
      "Builder Bros",
      "Downtown",
      "40",
      "6",
      "€1,500.00",
    ]);
    expect(cells[7]).toContain("▲2");
    const quiet = within(table).getByRole("row", { name: /Cy Quiet/ });
    expect(quiet).toHaveTextContent("–");
    expect(within(quiet).getAllByRole("cell")[6]).toHaveTextContent("—");

    // The top givers as bars, in rank order.
    const chart = screen.getByRole("list", { name: "Top 3 by score" });
    expect(within(chart).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "1. Bob Builder40",
      "2. Ann Giver30",
      "3. Cy Quiet10",
    ]);
  });

  it("asks for the period, chapter and figure chosen", async () => {
    const asked = mockBoard();
    const { user } = renderRoutes(routes, "/app/demo/leaderboard");
    await screen.findByText("Your rank: 2");

    await user.click(screen.getByRole("radio", { name: "Quarter" }));
    await choose(user, "Rank by", "Thank-you amount");
    await choose(user, "Chapter", "Uptown");
    await vi.waitFor(() =>
      expect(asked.at(-1)).toEqual({
        period: "quarter",
        metric: "thank_you_amount",
        chapter: "c2",
      }),
    );
    const chart = await screen.findByRole("list", { name: "Top 3 by thank-you amount" });
    expect(chart).toHaveTextContent("€1,500.00");

    await choose(user, "Chapter", "Whole organization");
    await user.click(screen.getByRole("radio", { name: "All" }));
    await vi.waitFor(() =>
      expect(asked.at(-1)).toEqual({ period: "all", metric: "thank_you_amount" }),
    );
  });

  it("shows the whole organization to someone without a seat, and no rank", async () => {
    const asked = mockBoard(
      meWithSeat([], ["organization:read", "chapters:read", "help:read"]),
    );
    renderRoutes(routes, "/app/demo/leaderboard");

    const table = await screen.findByRole("table", { name: "Ranking" });
    expect(asked).toEqual([{ period: "month", metric: "score" }]);
    expect(screen.getByRole("combobox", { name: "Chapter" })).toHaveValue("Whole organization");
    expect(screen.queryByText(/Your rank/)).toBeNull();
    expect(within(table).queryAllByRole("row", { current: true })).toEqual([]);
  });

  it("tells a member off the board how to get on it", async () => {
    mockBoard(meWithSeat([aSeat({ member: "m7" })]));
    renderRoutes(routes, "/app/demo/leaderboard");

    expect(
      await screen.findByText("You are not on this board yet: give help to get on it."),
    ).toBeInTheDocument();
  });
});
