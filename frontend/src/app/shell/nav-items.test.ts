import { describe, expect, it } from "vitest";

import type { Membership } from "@/lib/auth/me";

import { organizationNav } from "./nav-items";

function membership(scopes: string[]): Membership {
  return { id: "o1", slug: "demo", name: "Demo Network", role: "member", region: null, scopes };
}

const labels = (scopes: string[]) => organizationNav(membership(scopes)).map((item) => item.label);

describe("organizationNav", () => {
  it("opens everything to scopes that allow everything", () => {
    expect(
      labels([
        "audit:read",
        "organization:read",
        "organization:write",
        "people:read",
        "people:write",
        "regions:read",
        "regions:write",
      ]),
    ).toEqual(["Home", "People", "Regions", "Settings", "Activity"]);
  });

  it("follows the scopes, not the role", () => {
    // The role says member; the scopes are what count.
    expect(labels(["organization:read", "regions:read", "people:read"])).toEqual([
      "Home",
      "People",
      "Regions",
    ]);
    expect(labels(["organization:read", "regions:read"])).toEqual(["Home", "Regions"]);
    expect(labels(["organization:read", "audit:read"])).toEqual(["Home", "Activity"]);
  });
});
