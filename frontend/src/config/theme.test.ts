import { DEFAULT_THEME, mergeMantineTheme } from "@mantine/core";
import { describe, expect, it } from "vitest";

import { AA_TEXT_CONTRAST, contrastRatio } from "./contrast";
import { theme } from "./theme";

const resolved = mergeMantineTheme(DEFAULT_THEME, theme);
const primaryShade =
  typeof resolved.primaryShade === "number" ? resolved.primaryShade : resolved.primaryShade.light;
const white = resolved.white;
const gray0 = resolved.colors.gray[0];

// The text/background pairs Mantine draws with in the light scheme, for every palette:
// filled (white on the primary shade), text and links (the primary shade on the page, a card or
// a grey panel), light and subtle (shade 9 on shade 1, and on shade 2 when hovered).
const pairs: [string, string, string][] = Object.entries(resolved.colors).flatMap(
  ([name, shades]) => [
    [`${name} filled, white text`, white, shades[primaryShade]],
    [`${name} text on white`, shades[primaryShade], white],
    [`${name} text on grey 0`, shades[primaryShade], gray0],
    [`${name} light text`, shades[9], shades[1]],
    [`${name} light text, hovered`, shades[9], shades[2]],
    [`${name} shade 7 on white`, shades[7], white],
    [`${name} shade 8 on white`, shades[8], white],
  ],
);

describe("the theme's colours", () => {
  it.each([
    ["dimmed text on white", resolved.colors.gray[6], white],
    ["dimmed text on grey 0", resolved.colors.gray[6], gray0],
    ["links on white", resolved.colors[resolved.primaryColor][primaryShade], white],
    ["links on grey 0", resolved.colors[resolved.primaryColor][primaryShade], gray0],
    ...pairs,
  ])("%s reads at 4.5:1 or more", (_pair, foreground, background) => {
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });

  it("computes contrast as WCAG defines it", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21);
    expect(contrastRatio("#868e96", "#ffffff")).toBeCloseTo(3.32, 2);
    expect(contrastRatio("#4c6ef5", "#ffffff")).toBeCloseTo(4.32, 2);
  });
});
