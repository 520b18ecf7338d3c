import { describe, expect, it } from "vitest";

import { canGrantOwner, hasScope } from "./authorization";

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
