import { describe, expect, it } from "vitest";

import { cursorOf } from "./pagination";

describe("cursorOf", () => {
  it("reads the cursor of a next link", () => {
    expect(cursorOf("http://127.0.0.1:8000/api/v1/orgs/demo/people/?cursor=cD0yMDI1&page_size=50")).toBe(
      "cD0yMDI1",
    );
  });

  it("gives nothing on the last page", () => {
    expect(cursorOf(null)).toBeUndefined();
  });
});
