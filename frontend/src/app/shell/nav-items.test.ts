import { describe, expect, it } from "vitest";

import type { Membership } from "@/lib/auth/me";

import { organizationNav } from "./nav-items";

// Navigation reads the scopes, the chapters led and the seats; the rest does not matter here.
function membership(scopes: string[], more: Partial<Membership> = {}): Membership {
  return {
    id: "o1",
    slug: "demo",
    name: "Demo Network",
    role: "member",
    region: null,
    scopes,
    seats: [],
    leads: [],
    requires_mfa: false,
    mfa_setup_required: false,
    ...more,
  };
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
      "Invitations",
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
      "Invitations",
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
      "Invitations",
      "Directory",
    ]);
    expect(labels(["chapters:read", "chapters:write"])).toEqual(["Home", "Chapters"]);
    // Writing seats without reading chapters opens no chapter page.
    expect(labels(["members:write"])).toEqual(["Home", "Invitations"]);
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

describe("organizationNav for meetings and attendance", () => {
  const MEMBER = ["organization:read", "chapters:read", "members:read", "meetings:read"];
  const seat = {
    member: "m1",
    chapter: "c1",
    chapter_name: "Downtown Breakfast",
    status: "active" as const,
  };
  const vicePresident = {
    chapter: "c1",
    chapter_name: "Downtown Breakfast",
    roles: ["vice_president" as const],
    scopes: ["members:write", "meetings:write", "attendance:read"],
  };
  const navOf = (scopes: string[], more: Partial<Membership> = {}) =>
    organizationNav(membership(scopes, more)).map((item) => item.label);

  it("gives a plain member their own attendance, and no meetings to run", () => {
    expect(navOf(MEMBER, { seats: [seat] })).toEqual(["Home", "My attendance", "Directory"]);
  });

  it("gives a member who leads a chapter its meetings and the chapters", () => {
    expect(navOf(MEMBER, { seats: [seat], leads: [vicePresident] })).toEqual([
      "Home",
      "Meetings",
      "My attendance",
      "Chapters",
      "Invitations",
      "Directory",
    ]);
  });

  it("gives staff every chapter's meetings, and no attendance of their own without a seat", () => {
    const staff = [...MEMBER, "chapters:write", "members:write", "meetings:write"];
    expect(navOf(staff)).toEqual(["Home", "Meetings", "Chapters", "Invitations", "Directory"]);
  });

  it("does not open the meetings for leader scopes that do not run them", () => {
    const host = { ...vicePresident, roles: ["visitor_host" as const], scopes: ["visitors:read"] };
    // The host's chapter role opens its visitors, not its meetings.
    expect(navOf(MEMBER, { leads: [host] })).toEqual(["Home", "Visitors", "Directory"]);
  });
});

describe("organizationNav for visitors", () => {
  // The scopes each role gets from the API (platform/api/permissions.py).
  const MEMBER = [
    "organization:read",
    "chapters:read",
    "members:read",
    "meetings:read",
    "visitors:invite",
  ];
  const STAFF = [...MEMBER, "chapters:write", "members:write", "visitors:read", "visitors:write"];
  const seat = {
    member: "m1",
    chapter: "c1",
    chapter_name: "Downtown Breakfast",
    status: "active" as const,
  };
  const visitorHost = {
    chapter: "c1",
    chapter_name: "Downtown Breakfast",
    roles: ["visitor_host" as const],
    scopes: ["attendance:read", "members:write", "visitors:read", "visitors:write"],
  };
  const navOf = (scopes: string[], more: Partial<Membership> = {}) =>
    organizationNav(membership(scopes, more)).map((item) => item.label);

  it("lets a member with a seat invite a visitor, without the pipeline", () => {
    const items = navOf(MEMBER, { seats: [seat] });
    expect(items).toContain("Invite a visitor");
    expect(items).not.toContain("Visitors");
    expect(organizationNav(membership(MEMBER, { seats: [seat] }))).toContainEqual({
      label: "Invite a visitor",
      to: "/app/demo/visitors/new",
    });
  });

  it("offers nothing about visitors to a member without a seat", () => {
    const items = navOf(MEMBER);
    expect(items).not.toContain("Invite a visitor");
    expect(items).not.toContain("Visitors");
  });

  it("gives a chapter's leader the pipeline instead of the member's page", () => {
    const items = navOf(MEMBER, { seats: [seat], leads: [visitorHost] });
    expect(items).toContain("Visitors");
    expect(items).not.toContain("Invite a visitor");
  });

  it("gives staff the pipeline of every chapter", () => {
    expect(organizationNav(membership(STAFF))).toContainEqual({
      label: "Visitors",
      to: "/app/demo/visitors",
    });
    expect(navOf(STAFF)).not.toContain("Invite a visitor");
  });
});

describe("organizationNav for applications and invitations", () => {
  const MEMBER = ["organization:read", "chapters:read", "members:read"];
  const lead = (scopes: string[]) => ({
    chapter: "c1",
    chapter_name: "Downtown Breakfast",
    roles: ["membership_committee" as const],
    scopes,
  });
  const navOf = (scopes: string[], more: Partial<Membership> = {}) =>
    organizationNav(membership(scopes, more)).map((item) => item.label);

  it("gives a member neither", () => {
    expect(navOf(MEMBER)).not.toContain("Applications");
    expect(navOf(MEMBER)).not.toContain("Invitations");
  });

  it("gives the membership committee its chapter's applications and invitations", () => {
    const committee = lead(["applications:read", "applications:decide", "members:write"]);
    expect(organizationNav(membership(MEMBER, { leads: [committee] }))).toEqual(
      expect.arrayContaining([
        { label: "Applications", to: "/app/demo/applications" },
        { label: "Invitations", to: "/app/demo/invitations" },
      ]),
    );
  });

  it("opens the applications to reading them, the invitations to managing seats", () => {
    expect(navOf(MEMBER, { leads: [lead(["applications:read"])] })).toEqual([
      "Home",
      "Applications",
      "Directory",
    ]);
    expect(navOf([...MEMBER, "applications:read", "members:write"])).toEqual([
      "Home",
      "Chapters",
      "Applications",
      "Invitations",
      "Directory",
    ]);
  });
});

describe("organizationNav for help given", () => {
  // The scopes every member gets from the API (platform/api/permissions.py).
  const MEMBER = ["organization:read", "chapters:read", "members:read", "help:read", "help:give"];
  const seat = {
    member: "m1",
    chapter: "c1",
    chapter_name: "Downtown Breakfast",
    status: "active" as const,
  };
  const navOf = (scopes: string[], more: Partial<Membership> = {}) =>
    organizationNav(membership(scopes, more)).map((item) => item.label);

  it("gives a member with a seat their referrals, 1-2-1s and the leaderboard, after Home", () => {
    expect(navOf(MEMBER, { seats: [seat] })).toEqual([
      "Home",
      "Referrals",
      "1-2-1s",
      "Leaderboard",
      "My attendance",
      "Directory",
    ]);
    expect(organizationNav(membership(MEMBER, { seats: [seat] }))).toEqual(
      expect.arrayContaining([
        { label: "Referrals", to: "/app/demo/referrals" },
        { label: "1-2-1s", to: "/app/demo/one-to-ones" },
        { label: "Leaderboard", to: "/app/demo/leaderboard" },
      ]),
    );
  });

  it("shows the leaderboard, without referrals of their own, to someone without a seat", () => {
    expect(navOf(MEMBER)).toEqual(["Home", "Leaderboard", "Directory"]);
  });

  it("offers neither without the scope to read help given", () => {
    const items = navOf(["organization:read", "members:read"], { seats: [seat] });
    expect(items).not.toContain("Referrals");
    expect(items).not.toContain("1-2-1s");
    expect(items).not.toContain("Leaderboard");
  });
});
