import type { ChapterDashboard, ChapterTotals } from "../api/get-chapter-dashboard";

import { aChapter, aRow, aSeat, MEMBER_SCOPES } from "./test-data";

/** A month of a chapter's help, for tests. */
export function someTotals(overrides: Partial<ChapterTotals> = {}): ChapterTotals {
  return {
    score: 0,
    referrals: 0,
    thank_you_amount: "0.00",
    one_to_ones: 0,
    visitors: 0,
    education: 0,
    testimonials: 0,
    other_help: 0,
    ...overrides,
  };
}

const DAY = 24 * 3600 * 1000;

/**
 * Chapter c1's month as the API sums it, for tests: more referrals and business than last
 * month, fewer 1-2-1s; Bob and Cy gave, Dee gave nothing; two referrals wait past the window.
 */
export function aChapterDashboard(overrides: Partial<ChapterDashboard> = {}): ChapterDashboard {
  return {
    chapter: "c1",
    period_start: "2026-03-01",
    period_end: "2026-03-31",
    this_month: someTotals({
      score: 52,
      referrals: 8,
      thank_you_amount: "2500.00",
      one_to_ones: 3,
      visitors: 2,
    }),
    last_month: someTotals({
      score: 40,
      referrals: 5,
      thank_you_amount: "1000.00",
      one_to_ones: 6,
      visitors: 2,
    }),
    compared_with: { from: "2026-02-01", to: "2026-02-04" },
    overdue_renewals: 0,
    seats: 3,
    top_givers: [
      aRow({ member: "m2", member_name: "Bob Builder", score: 40, rank: 1 }),
      aRow({
        member: "m3",
        member_name: "Cy Cook",
        business_name: "Cy's Kitchen",
        score: 12,
        rank: 2,
      }),
    ],
    quiet_members: [{ id: "m4", name: "Dee Decorator", business_name: "Dee Designs" }],
    overdue_referrals: [
      {
        id: "r7",
        giver_name: "Bob Builder",
        receiver: "m3",
        receiver_name: "Cy Cook",
        contact_name: "Eli Estate",
        created_at: new Date(Date.now() - 12 * DAY - 3600 * 1000).toISOString(),
      },
    ],
    overdue_count: 1,
    follow_up_rate: 0.75,
    unconfirmed_one_to_ones: 4,
    ...overrides,
  };
}

/** Chapter c1 as the chapter page reads it, for tests. */
export const downtownChapter = { status: 200, body: aChapter("c1", "Downtown") };

/** /me for the president of chapter c1, who holds a seat there (m9), for tests. */
export function mePresident(chapter = "c1") {
  return {
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
          scopes: MEMBER_SCOPES,
          seats: [aSeat()],
          leads: [
            {
              chapter,
              chapter_name: "Downtown",
              roles: ["president"],
              scopes: ["members:write", "meetings:write", "chapters:write"],
            },
          ],
        },
      ],
    },
  };
}
