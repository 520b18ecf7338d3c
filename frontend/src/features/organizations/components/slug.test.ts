import { describe, expect, it } from "vitest";

import { suggestSlug, validateSlug } from "./slug";

describe("suggestSlug", () => {
  it("lowercases and joins words with hyphens", () => {
    expect(suggestSlug("Northside Business Network")).toBe("northside-business-network");
  });

  it("drops accents and punctuation at the ends", () => {
    expect(suggestSlug("  Café Réseau — Nord!  ")).toBe("cafe-reseau-nord");
  });

  it("stays within 50 characters without a trailing hyphen", () => {
    const slug = suggestSlug(`${"a".repeat(49)} b`);
    expect(slug).toBe("a".repeat(49));
  });
});

describe("validateSlug", () => {
  it("accepts what the server accepts", () => {
    expect(validateSlug("demo-2")).toBeNull();
  });

  it.each(["ab", "-demo", "demo-", "Demo", "dé-mo"])("refuses %s", (slug) => {
    expect(validateSlug(slug)).toMatch(/3 to 50 lowercase/);
  });

  it("refuses words the app uses in its own addresses", () => {
    expect(validateSlug("onboarding")).toBe("This word is reserved; choose another slug.");
  });
});
