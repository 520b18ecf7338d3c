import { describe, expect, it } from "vitest";

import {
  canGrantOwner,
  canInChapter,
  hasScope,
  hasScopeAnywhere,
  ledChapters,
} from "./authorization";

describe("hasScope", () => {
  it("reads the scopes the API sent for the organization", () => {
    const staff = { scopes: ["organization:read", "people:read", "regions:read"] };

    expect(hasScope(staff, "people:read")).toBe(true);
    expect(hasScope(staff, "people:write")).toBe(false);
    expect(hasScope(staff, "audit:read")).toBe(false);
  });

  it("grants nothing without a membership", () => {
    expect(hasScope(undefined, "organization:read")).toBe(false);
  });
});

describe("canGrantOwner", () => {
  it("is for owners only, though admins hold the same scopes", () => {
    expect(canGrantOwner("owner")).toBe(true);
    expect(canGrantOwner("admin")).toBe(false);
  });
});

describe("chapter roles", () => {
  const vicePresident = {
    scopes: ["members:read", "meetings:read"],
    leads: [
      {
        chapter: "c1",
        chapter_name: "Downtown",
        roles: ["vice_president" as const],
        scopes: ["meetings:write", "members:write"],
      },
    ],
  };

  it("grants a led chapter's scopes in that chapter only", () => {
    expect(canInChapter(vicePresident, "c1", "meetings:write")).toBe(true);
    expect(canInChapter(vicePresident, "c2", "meetings:write")).toBe(false);
    expect(canInChapter(vicePresident, "c2", "meetings:read")).toBe(true);
  });

  it("knows where the person leads", () => {
    expect(hasScopeAnywhere(vicePresident, "meetings:write")).toBe(true);
    expect(hasScopeAnywhere(vicePresident, "visitors:write")).toBe(false);
    expect(ledChapters(vicePresident, "meetings:write").map((c) => c.chapter)).toEqual(["c1"]);
  });
});
