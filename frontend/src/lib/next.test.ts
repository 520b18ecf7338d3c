import { describe, expect, it } from "vitest";

import { loginPath, safeNext } from "./next";

describe("safeNext", () => {
  it("keeps a path of the app with its query and fragment", () => {
    expect(safeNext("/app/demo/people?role=admin#top")).toBe("/app/demo/people?role=admin#top");
  });

  it.each([
    ["another site", "https://evil.example/app/x"],
    ["a protocol-relative URL", "//evil.example/app/x"],
    ["a backslash trick", "/app\\..\\evil"],
    ["a path outside the app", "/admin/"],
    ["a path that climbs out of the app", "/app/../admin/"],
    ["the login flow itself", "/app/auth/login?next=/app/x"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["nothing", ""],
  ])("refuses %s", (_, raw) => {
    expect(safeNext(raw)).toBeNull();
  });
});

describe("loginPath", () => {
  it("carries a safe next, encoded", () => {
    expect(loginPath("/app/demo/people?role=admin")).toBe(
      "/app/auth/login?next=%2Fapp%2Fdemo%2Fpeople%3Frole%3Dadmin",
    );
  });

  it("drops an unsafe next", () => {
    expect(loginPath("https://evil.example/")).toBe("/app/auth/login");
  });
});
