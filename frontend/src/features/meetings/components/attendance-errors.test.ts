import { describe, expect, it } from "vitest";

import { ApiError } from "@/lib/api/errors";

import { attendanceErrors } from "./attendance-errors";

const problem = (status: number, detail: string, errors?: Record<string, unknown>) =>
  new ApiError(status, { type: "x", title: "x", status, detail, errors });

describe("attendanceErrors", () => {
  it("puts each entry's error on the member sent at that position", () => {
    const error = problem(400, "The request has invalid fields; see errors.", {
      "entries[1].substitute_name": ["Enter the substitute's name."],
      "entries[2].status": ["Medical needs a leave approved for 2026-03-03."],
    });

    expect(attendanceErrors(error, ["m1", "m2", "m3"])).toEqual({
      rows: {
        m2: { substitute_name: "Enter the substitute's name." },
        m3: { status: "Medical needs a leave approved for 2026-03-03." },
      },
      other: null,
    });
  });

  it("reads the nested shape of a refused request too", () => {
    const error = problem(400, "Invalid.", { entries: { "0": { status: ["Not a choice."] } } });

    expect(attendanceErrors(error, ["m1"]).rows).toEqual({ m1: { status: "Not a choice." } });
  });

  it("keeps the reason's error for the reason, and the detail for everything else", () => {
    const locked = "The report of 2026-03-03 is completed; give a reason to correct it.";
    expect(
      attendanceErrors(problem(409, locked, { correction_reason: [locked] }), ["m1"]),
    ).toEqual({ rows: {}, correction_reason: locked, other: null });

    const holiday = "No attendance is taken for a holiday.";
    expect(attendanceErrors(problem(409, holiday), ["m1"])).toEqual({ rows: {}, other: holiday });
  });
});
