import { describe, expect, it } from "vitest";

import { auditEventsQueryOptions } from "@/features/audit/api/get-audit-events";
import { categoriesQueryOptions } from "@/features/categories/api/get-categories";
import { categoryChoicesQueryOptions } from "@/features/chapters/api/get-category-choices";
import { categoryMapQueryOptions } from "@/features/chapters/api/get-category-map";
import { chapterQueryOptions } from "@/features/chapters/api/get-chapter";
import { chaptersQueryOptions } from "@/features/chapters/api/get-chapters";
import { membersQueryOptions } from "@/features/chapters/api/get-members";
import { chapterRegionChoicesQueryOptions } from "@/features/chapters/api/get-region-choices";
import { sponsorChoicesQueryOptions } from "@/features/chapters/api/get-sponsor-choices";
import { directoryChapterChoicesQueryOptions } from "@/features/directory/api/get-chapter-choices";
import { directoryQueryOptions } from "@/features/directory/api/get-directory";
import { organizationQueryOptions } from "@/features/organizations/api/get-organization";
import { policiesQueryOptions } from "@/features/organizations/api/get-policies";
import { peopleQueryOptions } from "@/features/people/api/get-people";
import { regionChoicesQueryOptions } from "@/features/people/api/get-region-choices";
import { regionsQueryOptions } from "@/features/regions/api/get-regions";
import { meQueryOptions } from "@/lib/auth/me";

// Switching organizations must never show another one's cached data: every query on an
// organization's data is keyed by its slug first. A new organization query belongs here.
const organizationQueries = {
  organization: (slug: string) => organizationQueryOptions(slug).queryKey,
  people: (slug: string) => peopleQueryOptions(slug, { role: "admin" }).queryKey,
  regions: (slug: string) => regionsQueryOptions(slug).queryKey,
  "region choices": (slug: string) => regionChoicesQueryOptions(slug).queryKey,
  "audit events": (slug: string) => auditEventsQueryOptions(slug).queryKey,
  chapters: (slug: string) => chaptersQueryOptions(slug).queryKey,
  chapter: (slug: string) => chapterQueryOptions(slug, "c1").queryKey,
  "chapter region choices": (slug: string) => chapterRegionChoicesQueryOptions(slug).queryKey,
  "category map": (slug: string) => categoryMapQueryOptions(slug, "c1").queryKey,
  "category choices": (slug: string) => categoryChoicesQueryOptions(slug).queryKey,
  members: (slug: string) => membersQueryOptions(slug, { chapter: "c1" }).queryKey,
  "sponsor choices": (slug: string) => sponsorChoicesQueryOptions(slug, "c1").queryKey,
  categories: (slug: string) => categoriesQueryOptions(slug).queryKey,
  directory: (slug: string) => directoryQueryOptions(slug, { chapter: "c1" }).queryKey,
  "directory chapter choices": (slug: string) =>
    directoryChapterChoicesQueryOptions(slug).queryKey,
};

describe("organization query keys", () => {
  it.each(Object.entries(organizationQueries))("%s starts with the slug", (_, keyFor) => {
    expect(keyFor("demo")[0]).toBe("demo");
    expect(keyFor("other")[0]).toBe("other");
  });

  it("region choices refresh when regions change", () => {
    expect(regionChoicesQueryOptions("demo").queryKey.slice(0, 2)).toEqual(["demo", "regions"]);
    expect(chapterRegionChoicesQueryOptions("demo").queryKey.slice(0, 2)).toEqual([
      "demo",
      "regions",
    ]);
  });

  it("every view of seats refreshes when a seat or a category changes", () => {
    // Seat writes invalidate [slug, "members"]; category writes [slug, "categories"], and
    // both [slug, "category-map"].
    const seats = ["demo", "members"];
    expect(membersQueryOptions("demo", { chapter: "c1" }).queryKey.slice(0, 2)).toEqual(seats);
    expect(sponsorChoicesQueryOptions("demo", "c1").queryKey.slice(0, 2)).toEqual(seats);
    expect(directoryQueryOptions("demo").queryKey.slice(0, 2)).toEqual(seats);
    expect(categoryChoicesQueryOptions("demo").queryKey.slice(0, 2)).toEqual([
      "demo",
      "categories",
    ]);
    expect(categoryMapQueryOptions("demo", "c1").queryKey.slice(0, 2)).toEqual([
      "demo",
      "category-map",
    ]);
    expect(directoryChapterChoicesQueryOptions("demo").queryKey.slice(0, 2)).toEqual([
      "demo",
      "chapters",
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
