import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import type { Membership } from "@/lib/auth/me";
import { mockFetch } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import { aHelpSummary, policies } from "./help-summary-test-data";
import { aRow, aSeat, meWithSeat, organization, problem, SCORING } from "./test-data";
import { YourHelp } from "./your-help";

const SUMMARY = "GET /api/v1/orgs/demo/members/m9/help-summary";
const BOARD = "GET /api/v1/orgs/demo/leaderboards/help-given";

function membership(seats: unknown[] = [aSeat()], scopes?: string[]): Membership {
  return meWithSeat(seats, scopes).body.organizations[0] as unknown as Membership;
}

const ranked = [aRow(), aRow({ rank: 2, member: "m9", member_name: "Ann Giver", score: 30 })];
const board = (rows = ranked) => ({
  status: 200,
  body: { metric: "score", scoring: SCORING, period_start: "2026-03-01", period_end: "2026-03-31", total: rows.length, rows },
});

const figures = (name: string) => screen.getByRole("group", { name });

describe("YourHelp", () => {
  it("compares the month with the last, ranks the member, weighs given and received", async () => {
    const asked: Record<string, string>[] = [];
    mockFetch({
      [SUMMARY]: { status: 200, body: aHelpSummary() },
      [BOARD]: (request) => {
        asked.push(Object.fromEntries(new URL(request.url).searchParams));
        return board();
      },
      "GET /api/v1/orgs/demo/": organization,
      "GET /api/v1/policies": policies,
    });
    renderWithProviders(<YourHelp orgSlug="demo" membership={membership()} />);

    expect(screen.getByRole("heading", { name: "Your help" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Loading your help");

    const rank = await screen.findByRole("link", { name: "Rank 2 of 2 in Downtown" });
    expect(rank).toHaveAttribute("href", "/app/demo/leaderboard");
    expect(screen.getByText("Score 30 this month")).toBeInTheDocument();
    expect(asked).toEqual([{ period: "month", metric: "score", chapter: "c1" }]);

    expect(figures("Referrals given")).toHaveTextContent("5vs Feb 1–4: 3▲2Up 2 on Feb 1–4");
    await vi.waitFor(() =>
      expect(figures("Thank-you amount generated")).toHaveTextContent(
        "€1,500.00vs Feb 1–4: €1,250.00▲€250.00Up €250.00 on Feb 1–4",
      ),
    );
    expect(figures("1-2-1s")).toHaveTextContent("1vs Feb 1–4: 4▼3Down 3 on Feb 1–4");
    expect(figures("Testimonials given")).toHaveTextContent("2vs Feb 1–4: 2Same as Feb 1–4");

    expect(figures("Referrals")).toHaveTextContent("Given 14 referrals · Received 9");
    expect(figures("Thank-you amounts")).toHaveTextContent(
      "Generated €4,200.00 · Received €1,500.00",
    );
    const followUp = figures("Follow-up rate");
    expect(followUp).toHaveTextContent("86%");
    expect(
      await within(followUp).findByText("Referrals you answered within 3 days"),
    ).toBeInTheDocument();
  });

  it("says when no referral came yet", async () => {
    mockFetch({
      [SUMMARY]: {
        status: 200,
        body: aHelpSummary({
          received: { referrals: 0, thank_you_amount: "0.00" },
          follow_up_rate: null,
          follow_up_considered: 0,
        }),
      },
      [BOARD]: board(),
      "GET /api/v1/orgs/demo/": {
        status: 200,
        body: { ...organization.body, settings: { follow_up_days: 5 } },
      },
    });
    renderWithProviders(<YourHelp orgSlug="demo" membership={membership()} />);

    expect(await screen.findByRole("group", { name: "Follow-up rate" })).toHaveTextContent(
      "No referrals received yet",
    );
  });

  it("asks for answers in the organization's window while every referral is new", async () => {
    mockFetch({
      [SUMMARY]: {
        status: 200,
        body: aHelpSummary({ follow_up_rate: null, follow_up_considered: 0 }),
      },
      [BOARD]: board(),
      "GET /api/v1/orgs/demo/": {
        status: 200,
        body: { ...organization.body, settings: { follow_up_days: 5 } },
      },
    });
    renderWithProviders(<YourHelp orgSlug="demo" membership={membership()} />);

    const followUp = await screen.findByRole("group", { name: "Follow-up rate" });
    expect(followUp).toHaveTextContent("Too early to tell");
    expect(
      await within(followUp).findByText("Answer your new referrals within 5 days"),
    ).toBeInTheDocument();
  });

  it("tells a member off their chapter's board how to get on it", async () => {
    mockFetch({
      [SUMMARY]: { status: 200, body: aHelpSummary() },
      [BOARD]: board([aRow()]),
      "GET /api/v1/orgs/demo/": organization,
      "GET /api/v1/policies": policies,
    });
    renderWithProviders(<YourHelp orgSlug="demo" membership={membership()} />);

    expect(await screen.findByText("No rank yet in Downtown this month")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "leaderboard" })).toHaveAttribute(
      "href",
      "/app/demo/leaderboard",
    );
  });

  it("says when the figures cannot be loaded, and tries again", async () => {
    let calls = 0;
    mockFetch({
      [SUMMARY]: () =>
        ++calls === 1 ? problem(500, "Server error.") : { status: 200, body: aHelpSummary() },
      [BOARD]: board(),
      "GET /api/v1/orgs/demo/": organization,
      "GET /api/v1/policies": policies,
    });
    const { user } = renderWithProviders(<YourHelp orgSlug="demo" membership={membership()} />);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not load your help");
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("group", { name: "Referrals given" })).toBeInTheDocument();
  });

  it("is not there without a seat that gives, nor without the scope to read help", () => {
    const fetch = mockFetch({});
    const first = renderWithProviders(<YourHelp orgSlug="demo" membership={membership([])} />);
    expect(screen.queryByRole("heading", { name: "Your help" })).toBeNull();
    first.unmount();

    const dropped = membership([aSeat({ status: "dropped" })]);
    const second = renderWithProviders(<YourHelp orgSlug="demo" membership={dropped} />);
    expect(screen.queryByRole("heading", { name: "Your help" })).toBeNull();
    second.unmount();

    renderWithProviders(
      <YourHelp orgSlug="demo" membership={membership([aSeat()], ["organization:read"])} />,
    );
    expect(screen.queryByRole("heading", { name: "Your help" })).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});
