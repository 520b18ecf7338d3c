import { describe, expect, it } from "vitest";

import { describeScheduleForGuests } from "./schedule";

describe("describeScheduleForGuests", () => {
  it("says when and how the chapter meets, as a guest would", () => {
    expect(
      describeScheduleForGuests({
        meeting_frequency: "weekly",
        meeting_weekday: 1,
        meeting_start_time: "07:00:00",
        meeting_format: "in_person",
      }),
    ).toBe("Every Tuesday at 07:00, in person");
    expect(
      describeScheduleForGuests({
        meeting_frequency: "biweekly",
        meeting_weekday: 1,
        meeting_start_time: "07:00",
        meeting_format: "hybrid",
      }),
    ).toBe("Every other Tuesday at 07:00, in person and online");
    expect(
      describeScheduleForGuests({
        meeting_frequency: "monthly",
        meeting_weekday: 4,
        meeting_start_time: "12:30",
        meeting_format: "online",
      }),
    ).toBe("One Friday a month at 12:30, online");
  });
});
