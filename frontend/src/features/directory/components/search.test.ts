import { describe, expect, it } from "vitest";

import type { DirectoryMember } from "../api/get-directory";

import { matchesSearch } from "./search";

const zoe = {
  name: "Zoë Smith",
  business_name: "Bright Smiles",
  category_name: "Dentist",
} as DirectoryMember;

describe("matchesSearch", () => {
  it("finds a member by any word of name, business or category, in any case", () => {
    expect(matchesSearch(zoe, "smiles")).toBe(true);
    expect(matchesSearch(zoe, "DENT smith")).toBe(true);
    expect(matchesSearch(zoe, "zoe")).toBe(true);
    expect(matchesSearch(zoe, "")).toBe(true);
  });

  it("needs every word to match", () => {
    expect(matchesSearch(zoe, "dentist plumber")).toBe(false);
    expect(matchesSearch({ ...zoe, category_name: null }, "dentist")).toBe(false);
  });
});
