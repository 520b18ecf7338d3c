import { describe, expect, it } from "vitest";

import { applicationQueryOptions } from "@/features/applications/api/get-application";
import { applicationsQueryOptions } from "@/features/applications/api/get-applications";
import { auditEventsQueryOptions } from "@/features/audit/api/get-audit-events";
import { categoriesQueryOptions } from "@/features/categories/api/get-categories";
import { categoryMapQueryOptions } from "@/features/chapters/api/get-category-map";
import { chapterQueryOptions } from "@/features/chapters/api/get-chapter";
import { currentChapterRolesQueryOptions } from "@/features/chapters/api/get-chapter-roles";
import { chaptersQueryOptions } from "@/features/chapters/api/get-chapters";
import { medicalLeavesQueryOptions } from "@/features/chapters/api/get-medical-leaves";
import { membersQueryOptions } from "@/features/chapters/api/get-members";
import { sponsorChoicesQueryOptions } from "@/features/chapters/api/get-sponsor-choices";
import { directoryQueryOptions } from "@/features/directory/api/get-directory";
import { helpChapterQueryOptions } from "@/features/help/api/get-chapter";
import { chapterDashboardQueryOptions } from "@/features/help/api/get-chapter-dashboard";
import { helpSummaryQueryOptions } from "@/features/help/api/get-help-summary";
import { leaderboardQueryOptions } from "@/features/help/api/get-leaderboard";
import { openReferralsQueryOptions } from "@/features/help/api/get-open-referrals";
import { helpOrganizationQueryOptions } from "@/features/help/api/get-organization";
import { referralsQueryOptions } from "@/features/help/api/get-referrals";
import { memberSearchQueryOptions } from "@/features/help/api/search-members";
import { invitationLinkQueryOptions } from "@/features/invitations/api/get-invitation-link";
import { invitationsQueryOptions } from "@/features/invitations/api/get-invitations";
import { attendanceQueryOptions } from "@/features/meetings/api/get-attendance";
import { meetingChapterQueryOptions } from "@/features/meetings/api/get-chapter";
import { meetingQueryOptions } from "@/features/meetings/api/get-meeting";
import { meetingsQueryOptions } from "@/features/meetings/api/get-meetings";
import { memberAttendanceQueryOptions } from "@/features/meetings/api/get-member-attendance";
import { notificationsQueryOptions } from "@/features/notifications/api/get-notifications";
import { preferencesQueryOptions } from "@/features/notifications/api/get-preferences";
import { unreadCountQueryOptions } from "@/features/notifications/api/get-unread-count";
import { organizationQueryOptions } from "@/features/organizations/api/get-organization";
import { policiesQueryOptions } from "@/features/organizations/api/get-policies";
import { peopleQueryOptions } from "@/features/people/api/get-people";
import { regionsQueryOptions } from "@/features/regions/api/get-regions";
import { rosterChapterQueryOptions } from "@/features/roster/api/get-chapter";
import { meQueryOptions } from "@/lib/auth/me";
import { allCategoriesQueryOptions } from "@/lib/lookups/categories";
import { allChaptersQueryOptions } from "@/lib/lookups/chapters";
import { allRegionsQueryOptions } from "@/lib/lookups/regions";

// Switching organizations must never show another one's cached data: every query on an
// organization's data is keyed by its slug first. A new organization query belongs here.
const organizationQueries = {
  organization: (slug: string) => organizationQueryOptions(slug).queryKey,
  people: (slug: string) => peopleQueryOptions(slug, { role: "admin" }).queryKey,
  regions: (slug: string) => regionsQueryOptions(slug).queryKey,
  "audit events": (slug: string) => auditEventsQueryOptions(slug).queryKey,
  chapters: (slug: string) => chaptersQueryOptions(slug).queryKey,
  chapter: (slug: string) => chapterQueryOptions(slug, "c1").queryKey,
  "category map": (slug: string) => categoryMapQueryOptions(slug, "c1").queryKey,
  members: (slug: string) => membersQueryOptions(slug, { chapter: "c1" }).queryKey,
  "sponsor choices": (slug: string) => sponsorChoicesQueryOptions(slug, "c1").queryKey,
  categories: (slug: string) => categoriesQueryOptions(slug).queryKey,
  directory: (slug: string) => directoryQueryOptions(slug, { chapter: "c1" }).queryKey,
  "chapter roles": (slug: string) => currentChapterRolesQueryOptions(slug, "c1").queryKey,
  "medical leaves": (slug: string) => medicalLeavesQueryOptions(slug, "m1").queryKey,
  meetings: (slug: string) => meetingsQueryOptions(slug, { chapter: "c1" }).queryKey,
  meeting: (slug: string) => meetingQueryOptions(slug, "mt1").queryKey,
  "meeting chapter": (slug: string) => meetingChapterQueryOptions(slug, "c1").queryKey,
  attendance: (slug: string) => attendanceQueryOptions(slug, "mt1").queryKey,
  "member attendance": (slug: string) => memberAttendanceQueryOptions(slug, "m1").queryKey,
  applications: (slug: string) => applicationsQueryOptions(slug, { status: "applied" }).queryKey,
  application: (slug: string) => applicationQueryOptions(slug, "a1").queryKey,
  invitations: (slug: string) => invitationsQueryOptions(slug).queryKey,
  "invitation link": (slug: string) => invitationLinkQueryOptions(slug, "tok").queryKey,
  "roster chapter": (slug: string) => rosterChapterQueryOptions(slug, "c1").queryKey,
  referrals: (slug: string) => referralsQueryOptions(slug, { direction: "given" }).queryKey,
  "open referrals": (slug: string) => openReferralsQueryOptions(slug).queryKey,
  leaderboard: (slug: string) => leaderboardQueryOptions(slug, { period: "month" }).queryKey,
  "help summary": (slug: string) => helpSummaryQueryOptions(slug, "m1").queryKey,
  "member search": (slug: string) => memberSearchQueryOptions(slug, "bob").queryKey,
  "help organization": (slug: string) => helpOrganizationQueryOptions(slug).queryKey,
  "help chapter": (slug: string) => helpChapterQueryOptions(slug, "c1").queryKey,
  "chapter help dashboard": (slug: string) => chapterDashboardQueryOptions(slug, "c1").queryKey,
  "all chapters": (slug: string) => allChaptersQueryOptions(slug).queryKey,
  "all categories": (slug: string) => allCategoriesQueryOptions(slug).queryKey,
  "all regions": (slug: string) => allRegionsQueryOptions(slug).queryKey,
  notifications: (slug: string) => notificationsQueryOptions(slug, {}).queryKey,
  "unread notifications": (slug: string) => unreadCountQueryOptions(slug).queryKey,
  "notification preferences": (slug: string) => preferencesQueryOptions(slug).queryKey,
};

describe("organization query keys", () => {
  it.each(Object.entries(organizationQueries))("%s starts with the slug", (_, keyFor) => {
    expect(keyFor("demo")[0]).toBe("demo");
    expect(keyFor("other")[0]).toBe("other");
  });

  it("the lookups every feature shares refresh when what they list changes", () => {
    // A new chapter invalidates [slug, "chapters"], an edited one this key by name; category
    // and region writes invalidate [slug, "categories"] and [slug, "regions"].
    expect(allChaptersQueryOptions("demo").queryKey).toEqual(["demo", "chapters", "all"]);
    expect(allCategoriesQueryOptions("demo").queryKey).toEqual(["demo", "categories", "all"]);
    expect(allRegionsQueryOptions("demo").queryKey).toEqual(["demo", "regions", "all"]);
  });

  it("every view of seats refreshes when a seat or a category changes", () => {
    // Seat writes invalidate [slug, "members"]; category writes [slug, "categories"], and
    // both [slug, "category-map"].
    const seats = ["demo", "members"];
    expect(membersQueryOptions("demo", { chapter: "c1" }).queryKey.slice(0, 2)).toEqual(seats);
    expect(sponsorChoicesQueryOptions("demo", "c1").queryKey.slice(0, 2)).toEqual(seats);
    expect(directoryQueryOptions("demo").queryKey.slice(0, 2)).toEqual(seats);
    expect(categoryMapQueryOptions("demo", "c1").queryKey.slice(0, 2)).toEqual([
      "demo",
      "category-map",
    ]);
  });
});

describe("meeting query keys", () => {
  it("a report's move or a saved attendance refreshes every view of it", () => {
    // Report moves invalidate [slug, "meetings"] and [slug, "attendance"]; a save invalidates
    // [slug, "attendance", "member"] (members' own figures).
    expect(meetingsQueryOptions("demo", { chapter: "c1" }).queryKey.slice(0, 2)).toEqual([
      "demo",
      "meetings",
    ]);
    expect(meetingQueryOptions("demo", "mt1").queryKey.slice(0, 2)).toEqual(["demo", "meetings"]);
    expect(attendanceQueryOptions("demo", "mt1").queryKey.slice(0, 2)).toEqual([
      "demo",
      "attendance",
    ]);
    expect(memberAttendanceQueryOptions("demo", "m1").queryKey.slice(0, 3)).toEqual([
      "demo",
      "attendance",
      "member",
    ]);
  });

  it("the meetings read the chapter the chapter page keeps current", () => {
    expect(meetingChapterQueryOptions("demo", "c1").queryKey).toEqual(
      chapterQueryOptions("demo", "c1").queryKey,
    );
  });
});

describe("application, invitation and roster file query keys", () => {
  it("a decision or an invitation refreshes every list of them", () => {
    // Their writes invalidate [slug, "applications", "list"] and [slug, "invitations"].
    expect(applicationsQueryOptions("demo", { status: "applied" }).queryKey.slice(0, 3)).toEqual(
      ["demo", "applications", "list"],
    );
    expect(applicationQueryOptions("demo", "a1").queryKey.slice(0, 2)).toEqual([
      "demo",
      "applications",
    ]);
    expect(invitationsQueryOptions("demo").queryKey.slice(0, 2)).toEqual(["demo", "invitations"]);
  });

  it("a roster file reads the chapter the chapter page keeps current", () => {
    expect(rosterChapterQueryOptions("demo", "c1").queryKey).toEqual(
      chapterQueryOptions("demo", "c1").queryKey,
    );
  });
});

describe("help query keys", () => {
  it("help given refreshes every list of referrals and every leaderboard", () => {
    // Giving and thanking invalidate [slug, "referrals"] and [slug, "leaderboards"]; a status
    // change puts its answer in [slug, "referrals", "list"].
    expect(referralsQueryOptions("demo", {}).queryKey.slice(0, 3)).toEqual([
      "demo",
      "referrals",
      "list",
    ]);
    expect(openReferralsQueryOptions("demo").queryKey.slice(0, 2)).toEqual(["demo", "referrals"]);
    expect(leaderboardQueryOptions("demo", {}).queryKey.slice(0, 2)).toEqual([
      "demo",
      "leaderboards",
    ]);
  });

  it("the member search refreshes with seats, and the currency with the settings", () => {
    expect(memberSearchQueryOptions("demo", "bob").queryKey.slice(0, 2)).toEqual([
      "demo",
      "members",
    ]);
    expect(helpOrganizationQueryOptions("demo").queryKey).toEqual(
      organizationQueryOptions("demo").queryKey,
    );
  });

  it("the chapter dashboard reads the chapter the chapter page keeps current", () => {
    // Help given, changed or withdrawn invalidates [slug, "help-dashboard"].
    expect(helpChapterQueryOptions("demo", "c1").queryKey).toEqual(
      chapterQueryOptions("demo", "c1").queryKey,
    );
    expect(chapterDashboardQueryOptions("demo", "c1").queryKey.slice(0, 2)).toEqual([
      "demo",
      "help-dashboard",
    ]);
  });
});

describe("notification query keys", () => {
  it("a mark refreshes every list of notifications and the bell", () => {
    // Marking one or all invalidates [slug, "notifications"]; one's answer goes into
    // [slug, "notifications", "list"].
    expect(notificationsQueryOptions("demo", { unread: true }).queryKey.slice(0, 3)).toEqual([
      "demo",
      "notifications",
      "list",
    ]);
    expect(unreadCountQueryOptions("demo").queryKey.slice(0, 2)).toEqual([
      "demo",
      "notifications",
    ]);
  });
});

// Data that belongs to no organization is keyed by "app" first, a reserved slug: no
// organization's `[slug]` can match it, and it cannot match an organization's data.
const sharedQueries = {
  me: () => meQueryOptions().queryKey,
  policies: () => policiesQueryOptions().queryKey,
};

describe("shared query keys", () => {
  it.each(Object.entries(sharedQueries))("%s starts with the reserved word app", (_, keyFor) => {
    expect(keyFor()[0]).toBe("app");
  });

  it("are told apart by their second word", () => {
    expect(new Set(Object.values(sharedQueries).map((keyFor) => keyFor()[1])).size).toBe(
      Object.keys(sharedQueries).length,
    );
  });
});
