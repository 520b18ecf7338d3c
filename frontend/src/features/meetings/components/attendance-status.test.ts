import { describe, expect, it } from "vitest";

import { describeCounts } from "./attendance-status";

describe("describeCounts", () => {
  it("always counts the present and names only the exceptions that happened", () => {
    expect(
      describeCounts(["present", "absent", "present", "late", "substitute", "absent", "present"]),
    ).toBe("3 present · 2 absent · 1 late · 1 substitute");
    expect(describeCounts(["absent"])).toBe("0 present · 1 absent");
  });
});
