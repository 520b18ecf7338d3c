import { describe, expect, it } from "vitest";

import type { Membership } from "@/lib/auth/me";

import { organizationNav } from "./nav-items";

// Navigation reads the scopes alone; the rest of the membership does not matter here.
function membership(scopes: string[]): Membership {
  return {
    id: "o1",
    slug: "demo",
    name: "Demo Network",
    role: "member",
    region: null,
    scopes,
  } as Membership;
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

  // The scopes each role gets from the API (platform/api/permissions.py).
  const MEMBER = [
    "organization:read",
    "regions:read",
    "chapters:read",
    "categories:read",
    "members:read",
  ];
  const REGION_DIRECTOR = [...MEMBER, "people:read"];
  const STAFF = [...REGION_DIRECTOR, "chapters:write", "categories:write", "members:write"];
  const OWNER = [
    ...STAFF,
    "organization:write",
    "regions:write",
    "people:write",
    "audit:read",
  ];

  it("gives owners and admins every page", () => {
    expect(labels(OWNER)).toEqual([
      "Home",
      "Chapters",
      "Directory",
      "People",
      "Regions",
      "Categories",
      "Settings",
      "Activity",
    ]);
  });

  it("gives staff the chapters they run and the categories", () => {
    expect(labels(STAFF)).toEqual([
      "Home",
      "Chapters",
      "Directory",
      "People",
      "Regions",
      "Categories",
    ]);
  });

  it("sends members, and anyone who only reads chapters, to the directory", () => {
    expect(labels(MEMBER)).toEqual(["Home", "Directory", "Regions"]);
    expect(labels(REGION_DIRECTOR)).toEqual(["Home", "Directory", "People", "Regions"]);
  });

  it("opens the chapters to whoever manages seats or chapters", () => {
    expect(labels(["chapters:read", "members:read", "members:write"])).toEqual([
      "Home",
      "Chapters",
      "Directory",
    ]);
    expect(labels(["chapters:read", "chapters:write"])).toEqual(["Home", "Chapters"]);
    // Writing seats without reading chapters opens no chapter page.
    expect(labels(["members:write"])).toEqual(["Home"]);
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
