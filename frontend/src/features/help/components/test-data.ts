import type { LeaderboardRow } from "../api/get-leaderboard";
import type { OneToOne } from "../api/get-one-to-ones";
import type { Referral } from "../api/get-referrals";
import type { MemberMatch } from "../api/search-members";

/** /me for a member with a seat (m9) in chapter c1, who holds the help scopes. */
export function meWithSeat(seats: unknown[] = [aSeat()], scopes = MEMBER_SCOPES) {
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
          scopes,
          seats,
          leads: [],
          requires_mfa: false,
          mfa_setup_required: false,
        },
      ],
    },
  };
}

export const MEMBER_SCOPES = [
  "organization:read",
  "chapters:read",
  "members:read",
  "help:read",
  "help:give",
];

export function aSeat(overrides: Record<string, unknown> = {}) {
  return { member: "m9", chapter: "c1", chapter_name: "Downtown", status: "active", ...overrides };
}

/** A member as the members' search returns them, for tests. */
export function aMember(overrides: Partial<MemberMatch> = {}): MemberMatch {
  return {
    id: "m2",
    chapter: "c1",
    user: "u2",
    name: "Bob Builder",
    business_name: "Builder Bros",
    category: "cat1",
    category_name: "Builder",
    phone: "",
    email: "",
    website: "",
    contacts_hidden: false,
    bio: "",
    interests: [],
    joined_on: null,
    term_years: 1,
    renewal_on: null,
    sponsor: null,
    status: "active",
    created_at: "2025-01-01T00:00:00Z",
    updated_at: "2025-01-01T00:00:00Z",
    ...overrides,
  };
}

/** A referral as the API returns it, for tests. */
export function aReferral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: "r1",
    giver: "m2",
    giver_name: "Ann",
    receiver: "m9",
    receiver_name: "Ann Giver",
    chapter: "c1",
    meeting: null,
    tier: "outside",
    hotness: 4,
    contact_name: "Dee",
    contact_company: "Dee Designs",
    contact_email: "dee@designs.example.com",
    contact_phone: "+1 555 0100",
    notes: "",
    consent_confirmed: true,
    expected_value: null,
    status: "new",
    status_changed_at: null,
    created_at: new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString(),
    ...overrides,
  };
}

/** A leaderboard row, for tests. */
/** The default points of a board's score. */
export const SCORING = {
  referrals: 10,
  one_to_ones: 5,
  visitors: 8,
  education: 3,
  testimonials: 3,
  other_help: 2,
  per_thousand: 5,
};

export function aRow(overrides: Partial<LeaderboardRow> = {}): LeaderboardRow {
  return {
    rank: 1,
    member: "m2",
    member_name: "Bob Builder",
    business_name: "Builder Bros",
    chapter: "c1",
    chapter_name: "Downtown",
    score: 40,
    referrals: 6,
    thank_you_amount: "1500.00",
    rank_change: 2,
    ...overrides,
  } as LeaderboardRow;
}

/** A chapter of the organization, as the shared lookup lists it, for tests. */
export function aChapter(id: string, name: string) {
  return {
    id,
    name,
    region: null,
    status: "active",
    meeting_frequency: "weekly",
    meeting_weekday: 1,
    meeting_start_time: "07:00",
    meeting_duration_minutes: 90,
    time_zone: "Europe/London",
    meeting_format: "in_person",
    meeting_place: "",
    meeting_link: "",
    capacity: 50,
    visitor_token: "tok",
    created_at: "2025-01-01T00:00:00Z",
    updated_at: "2025-01-01T00:00:00Z",
  };
}

export const page = (results: unknown[]) => ({
  status: 200,
  body: { next: null, previous: null, results },
});

/** A problem answer of the API. */
export function problem(status: number, detail: string, errors?: Record<string, string[]>) {
  return {
    status,
    body: { type: "https://docs.example/errors/x", title: "Error", status, detail, errors },
  };
}

export const organization = {
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

/** A 1-2-1 Bob (m2) logged with the person (m9), waiting for their answer, for tests. */
export function aOneToOne(overrides: Partial<OneToOne> = {}): OneToOne {
  return {
    id: "o2o1",
    chapter: "c1",
    member: "m2",
    member_name: "Bob Builder",
    participants: [{ id: "p1", member: "m9", member_name: "Ann Giver", answer: "pending" }],
    met_on: "2026-03-03",
    mode: "in_person",
    notes: "",
    counted: false,
    created_at: "2026-03-03T10:00:00Z",
    ...overrides,
  };
}
