import { describe, expect, it } from "vitest";

import { ApiError, flattenErrors } from "./errors";

describe("flattenErrors", () => {
  it("turns nested policy errors into form paths", () => {
    expect(
      flattenErrors({
        name: ["This field may not be blank."],
        settings: { max_absences: ["Must be between 0 and 52."] },
      }),
    ).toEqual({
      name: "This field may not be blank.",
      "settings.max_absences": "Must be between 0 and 52.",
    });
  });
});

describe("ApiError", () => {
  it("never shows a server crash's body", () => {
    const error = new ApiError(500, "<html>Traceback ...</html>");
    expect(error.detail).toBe("Something went wrong on our side. Please try again in a moment.");
  });
});
