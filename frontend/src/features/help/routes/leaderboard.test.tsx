import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { mockFetch } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import {
  aChapter,
  aRow,
  aSeat,
  MEMBER_SCOPES,
  meWithSeat,
  organization,
  page,
  SCORING,
} from "../components/test-data";

import LeaderboardRoute from "./leaderboard";

const routes = [{ path: "/app/:orgSlug/leaderboard", element: <LeaderboardRoute /> }];
const BOARD = "GET /api/v1/orgs/demo/leaderboards/help-given";

const rows = [
  aRow({ one_to_ones: 5 }),
  aRow({
    rank: 2,
    member: "m9",
    member_name: "Ann Giver",
    business_name: "Giver Gifts",
    score: 30,
    referrals: 4,
    thank_you_amount: "250.00",
    one_to_ones: 3,
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
    one_to_ones: 0,
    rank_change: null,
  }),
];

const region = (id: string, name: string) => ({
  id,
  name,
  created_at: "2025-01-01T00:00:00Z",
  updated_at: "2025-01-01T00:00:00Z",
});

/** A member who may also list the regions. */
const meInRegions = () => meWithSeat([aSeat()], [...MEMBER_SCOPES, "regions:read"]);

/** The board's API; every query it is asked is kept, as a plain object. */
function mockBoard(me = meWithSeat(), scoring: typeof SCORING = SCORING) {
  const asked: Record<string, string>[] = [];
  mockFetch({
    "GET /api/v1/me": me,
    "GET /api/v1/orgs/demo/": organization,
    "GET /api/v1/orgs/demo/chapters/": page([aChapter("c1", "Downtown"), aChapter("c2", "Uptown")]),
    "GET /api/v1/orgs/demo/regions/": page([region("r1", "North"), region("r2", "South")]),
    [BOARD]: (request) => {
      asked.push(Object.fromEntries(new URL(request.url).searchParams));
      return {
        status: 200,
        body: { metric: "score", scoring, period_start: "2026-03-01", period_end: "2026-03-31", total: rows.length, rows },
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

    // The first board of the run loads the charts too: it may take a moment on a busy machine.
    expect(await screen.findByText("Your rank: 2", {}, { timeout: 5000 })).toBeInTheDocument();
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

  it("tells in one tap how the score is made and what the change means", async () => {
    mockBoard();
    const { user } = renderRoutes(routes, "/app/demo/leaderboard");
    await screen.findByText("Your rank: 2");

    await user.click(screen.getByRole("button", { name: "How the score and change work" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent("10 points for each referral given");
    expect(dialog).toHaveTextContent("5 points for each 1,000 of thanked business you generated");
    expect(dialog).toHaveTextContent("Places moved since the previous period");
  });

  it("says when private thank-you amounts are left out of the score", async () => {
    mockBoard(meWithSeat(), { ...SCORING, per_thousand: 0, thank_you_amounts_counted: false });
    const { user } = renderRoutes(routes, "/app/demo/leaderboard");
    await user.click(await screen.findByRole("button", { name: "How the score and change work" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent("keeps thank-you amounts private");
    expect(dialog).not.toHaveTextContent("for each 1,000 of thanked business");
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

  it("asks for two days of the person's choosing, once both are set and in order", async () => {
    const asked = mockBoard();
    const { user, router } = renderRoutes(routes, "/app/demo/leaderboard");
    await screen.findByText("Your rank: 2");

    await user.click(screen.getByRole("radio", { name: "Custom" }));
    expect(
      await screen.findByText("Choose the first and last day to see the board."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Ranking" })).toBeNull();

    await user.type(screen.getByLabelText("From"), "2026-03-10");
    await user.type(screen.getByLabelText("To"), "2026-03-01");
    expect(await screen.findByText("Must be on or after From.")).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Ranking" })).toBeNull();
    expect(asked).toHaveLength(1);

    await user.clear(screen.getByLabelText("To"));
    await user.type(screen.getByLabelText("To"), "2026-03-20");
    await vi.waitFor(() =>
      expect(asked.at(-1)).toEqual({
        date_from: "2026-03-10",
        date_to: "2026-03-20",
        metric: "score",
        chapter: "c1",
      }),
    );
    expect(await screen.findByRole("table", { name: "Ranking" })).toBeInTheDocument();
    expect(screen.queryByText("Must be on or after From.")).toBeNull();
    expect(router.state.location.search).toBe("?period=custom&from=2026-03-10&to=2026-03-20");
  });

  it("ranks a region's chapters together", async () => {
    const asked = mockBoard(meInRegions());
    const { user } = renderRoutes(routes, "/app/demo/leaderboard");
    await screen.findByText("Your rank: 2");

    await choose(user, "Chapter", "Region: South");
    await vi.waitFor(() =>
      expect(asked.at(-1)).toEqual({ period: "month", metric: "score", region: "r2" }),
    );
    expect(screen.getByRole("combobox", { name: "Chapter" })).toHaveValue("Region: South");
  });

  it("ranks by any kind of help, drawn and marked as the sort", async () => {
    const asked = mockBoard();
    const { user } = renderRoutes(routes, "/app/demo/leaderboard");
    await screen.findByText("Your rank: 2");

    await user.click(screen.getByRole("combobox", { name: "Rank by" }));
    expect(
      (await screen.findAllByRole("option")).map((option) => option.textContent),
    ).toEqual([
      "Score",
      "Referrals",
      "Thank-you amount",
      "1-2-1s",
      "Visitors",
      "Education",
      "Testimonials",
      "Other help",
    ]);
    await user.click(screen.getByRole("option", { name: "1-2-1s" }));
    await vi.waitFor(() =>
      expect(asked.at(-1)).toEqual({ period: "month", metric: "one_to_ones", chapter: "c1" }),
    );

    const chart = await screen.findByRole("list", { name: "Top 3 by 1-2-1s" });
    expect(within(chart).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "1. Bob Builder5",
      "2. Ann Giver3",
      "3. Cy Quiet0",
    ]);
    const table = screen.getByRole("table", { name: "Ranking" });
    expect(within(table).getByRole("columnheader", { name: "1-2-1s" })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    const top = within(table).getAllByRole("row")[1];
    expect(top).toHaveTextContent("Bob Builder");
  });

  it("opens the board a link names", async () => {
    const asked = mockBoard(meInRegions());
    const { user, router } = renderRoutes(
      routes,
      "/app/demo/leaderboard?period=half&region=r1&metric=testimonials",
    );

    await screen.findByRole("table", { name: "Ranking" });
    expect(asked[0]).toEqual({ period: "half", metric: "testimonials", region: "r1" });
    expect(screen.getByRole("radio", { name: "Half year" })).toBeChecked();
    expect(screen.getByRole("combobox", { name: "Rank by" })).toHaveValue("Testimonials");
    await vi.waitFor(() =>
      expect(screen.getByRole("combobox", { name: "Chapter" })).toHaveValue("Region: North"),
    );

    await choose(user, "Chapter", "My chapter");
    await user.click(screen.getByRole("radio", { name: "Month" }));
    await vi.waitFor(() => expect(router.state.location.search).toBe("?metric=testimonials"));
    expect(asked.at(-1)).toEqual({ period: "month", metric: "testimonials", chapter: "c1" });
  });

  it("on a phone, offers every period in reach and only the figure ranked by", async () => {
    const phone = { matches: true, addEventListener() {}, removeEventListener() {} };
    vi.spyOn(window, "matchMedia").mockImplementation(
      (media) => ({ ...phone, media }) as unknown as MediaQueryList,
    );
    const asked = mockBoard();
    const { user } = renderRoutes(routes, "/app/demo/leaderboard?metric=visitors");
    const table = await screen.findByRole("table", { name: "Ranking" });

    const periods = screen.getByRole("radiogroup", { name: "Period" });
    for (const name of ["Week", "Month", "Quarter", "Half year", "Year", "All", "Custom"]) {
      expect(within(periods).getByRole("radio", { name })).toBeInTheDocument();
    }
    expect(within(periods).getByRole("radio", { name: "Month" })).toBeChecked();
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((header) => header.textContent)).toEqual([
      "Rank",
      "Member",
      "Visitors",
      "Change",
    ]);

    await user.click(within(periods).getByRole("radio", { name: "Half year" }));
    await vi.waitFor(() =>
      expect(asked.at(-1)).toEqual({ period: "half", metric: "visitors", chapter: "c1" }),
    );
  });
});
