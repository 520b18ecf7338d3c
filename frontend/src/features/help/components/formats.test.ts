import { describe, expect, it } from "vitest";

import { formatRelative } from "@/lib/relative-time";

import { memberLabel } from "./member-label";
import { formatAmount, toMoney } from "./money";
import { aMember } from "./test-data";

describe("formatRelative", () => {
  const now = new Date("2026-03-10T12:00:00Z");

  it("says how long ago, in the largest unit that fits", () => {
    expect(formatRelative("2026-03-10T11:59:30Z", now)).toBe("now");
    expect(formatRelative("2026-03-10T11:55:00Z", now)).toBe("5 minutes ago");
    expect(formatRelative("2026-03-10T09:00:00Z", now)).toBe("3 hours ago");
    expect(formatRelative("2026-03-09T09:00:00Z", now)).toBe("yesterday");
    expect(formatRelative("2026-03-07T12:00:00Z", now)).toBe("3 days ago");
    expect(formatRelative("2026-02-24T12:00:00Z", now)).toBe("2 weeks ago");
    expect(formatRelative("2025-03-01T12:00:00Z", now)).toBe("last year");
  });
});

describe("money", () => {
  it("shows amounts in the organization's currency, plain when it is not known", () => {
    expect(formatAmount("1234.50", "EUR")).toBe("€1,234.50");
    expect(formatAmount("1234.5")).toBe("1,234.50");
  });

  it("writes what was typed as the API's decimal", () => {
    expect(toMoney(1234.5)).toBe("1234.50");
    expect(toMoney(80)).toBe("80.00");
    expect(toMoney("0.1")).toBe("0.10");
  });
});

describe("memberLabel", () => {
  it("names the member, their business and chapter", () => {
    expect(memberLabel(aMember(), "Downtown")).toBe("Bob Builder — Builder Bros (Downtown)");
    expect(memberLabel(aMember({ business_name: "" }), "Downtown")).toBe("Bob Builder (Downtown)");
    expect(memberLabel(aMember())).toBe("Bob Builder — Builder Bros");
  });
});
