import { describe, expect, it } from "vitest";

import { auditEventsQueryOptions } from "@/features/audit/api/get-audit-events";
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
};

describe("organization query keys", () => {
  it.each(Object.entries(organizationQueries))("%s starts with the slug", (_, keyFor) => {
    expect(keyFor("demo")[0]).toBe("demo");
    expect(keyFor("other")[0]).toBe("other");
  });

  it("region choices refresh when regions change", () => {
    expect(regionChoicesQueryOptions("demo").queryKey.slice(0, 2)).toEqual(["demo", "regions"]);
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
