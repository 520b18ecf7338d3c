import { describe, expect, it } from "vitest";

import { addDays, todayIn } from "./calendar";

describe("todayIn", () => {
  it("gives the date in the chapter's time zone, not the browser's", () => {
    const lateEvening = new Date("2026-03-03T22:30:00Z");
    expect(todayIn("Europe/London", lateEvening)).toBe("2026-03-03");
    expect(todayIn("Australia/Sydney", lateEvening)).toBe("2026-03-04");
  });
});

describe("addDays", () => {
  it("crosses months and years", () => {
    expect(addDays("2026-02-27", 3)).toBe("2026-03-02");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });
});
