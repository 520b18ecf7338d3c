import { describe, expect, it } from "vitest";

import type { Policy } from "../api/get-policies";

import { policyLabel, policyValues, validatePolicy } from "./policies";

const categoryLock: Policy = {
  name: "category_lock",
  label: "One member per profession in a chapter",
  section: "membership",
  section_label: "Membership",
  type: "boolean",
  default: true,
  description: "One active member per category per chapter.",
  minimum: null,
  maximum: null,
};
const maxAbsences: Policy = {
  name: "max_absences",
  label: "Absences allowed",
  section: "attendance",
  section_label: "Attendance",
  type: "integer",
  default: 3,
  description: "Absences allowed in the rolling window.",
  minimum: 0,
  maximum: 52,
};

describe("policyLabel", () => {
  it("keeps the short label of a known policy", () => {
    expect(policyLabel(maxAbsences)).toBe("Absences allowed");
  });

  it("makes words of the name of a policy it does not know", () => {
    expect(policyLabel({ name: "max_guests_per_meeting" })).toBe("Max guests per meeting");
  });
});

describe("policyValues", () => {
  it("follows the server's list: its order, its defaults, none of the keys it lacks", () => {
    const values = policyValues([maxAbsences, categoryLock], {
      category_lock: false,
      retired_policy: true,
    });

    expect(values).toEqual({ max_absences: 3, category_lock: false });
    expect(Object.keys(values)).toEqual(["max_absences", "category_lock"]);
  });

  it("uses the default in place of a value of the wrong type", () => {
    expect(policyValues([maxAbsences, categoryLock], { max_absences: true, category_lock: 1 })).toEqual(
      { max_absences: 3, category_lock: true },
    );
  });
});

describe("validatePolicy", () => {
  it("checks integers against the server's bounds", () => {
    expect(validatePolicy(maxAbsences, 52)).toBeNull();
    expect(validatePolicy(maxAbsences, 53)).toBe("Must be between 0 and 52.");
    expect(validatePolicy(maxAbsences, -1)).toBe("Must be between 0 and 52.");
    expect(validatePolicy(maxAbsences, 2.5)).toBe("Must be a whole number.");
  });

  it("checks the one bound a policy has", () => {
    const atLeastOne = { ...maxAbsences, minimum: 1, maximum: null };
    expect(validatePolicy(atLeastOne, 0)).toBe("Must be at least 1.");
    expect(validatePolicy(atLeastOne, 1000)).toBeNull();
    const atMostTwo = { ...maxAbsences, minimum: null, maximum: 2 };
    expect(validatePolicy(atMostTwo, 3)).toBe("Must be at most 2.");
  });

  it("accepts only true or false for a switch", () => {
    expect(validatePolicy(categoryLock, false)).toBeNull();
    expect(validatePolicy(categoryLock, 1)).toBe("Must be true or false.");
  });
});
