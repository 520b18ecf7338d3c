import { describe, expect, it } from "vitest";

import { describeSchedule } from "./chapter-labels";

describe("describeSchedule", () => {
  it("says how often, when and how a chapter meets", () => {
    expect(
      describeSchedule({
        meeting_frequency: "weekly",
        meeting_weekday: 1,
        meeting_start_time: "07:00",
        meeting_format: "in_person",
      }),
    ).toBe("Weekly, Tuesday 07:00, in person");
    expect(
      describeSchedule({
        meeting_frequency: "biweekly",
        meeting_weekday: 6,
        meeting_start_time: "18:30",
        meeting_format: "online",
      }),
    ).toBe("Every two weeks, Sunday 18:30, online");
  });
});
