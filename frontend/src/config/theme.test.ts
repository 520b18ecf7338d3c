import { DEFAULT_THEME, mergeMantineTheme } from "@mantine/core";
import { describe, expect, it } from "vitest";

import { AA_TEXT_CONTRAST, contrastRatio, surfaces } from "./contrast";
import { theme } from "./theme";

const resolved = mergeMantineTheme(DEFAULT_THEME, theme);
const primaryShade =
  typeof resolved.primaryShade === "number" ? resolved.primaryShade : resolved.primaryShade.light;
const white = resolved.white;
// The page, cards, and the light tints rows and panels are highlighted with (grey 0, indigo 0...).
const backgrounds = surfaces(DEFAULT_THEME.colors);

// The text/background pairs Mantine draws with in the light scheme, for every palette:
// filled (white on the primary shade), text, links and dimmed text (shades 6 to 8 on the page
// and on every tint), light and subtle (shade 9 on shade 1, and on shade 2 when hovered).
const pairs: [string, string, string][] = Object.entries(resolved.colors).flatMap(
  ([name, shades]) => [
    [`${name} filled, white text`, white, shades[primaryShade]],
    ...[6, 7, 8].flatMap((shade) =>
      backgrounds.map(
        (background): [string, string, string] => [
          `${name} ${shade} on ${background}`,
          shades[shade] ?? "",
          background,
        ],
      ),
    ),
    [`${name} light text`, shades[9], shades[1]],
    [`${name} light text, hovered`, shades[9], shades[2]],
  ],
);

describe("the theme's colours", () => {
  it.each([
    ...backgrounds.map((background): [string, string, string] => [
      `dimmed text on ${background}`,
      resolved.colors.gray[6],
      background,
    ]),
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
