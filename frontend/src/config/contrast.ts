import type { MantineColorsTuple } from "@mantine/core";

/** WCAG 2.1 AA: normal text against its background (1.4.3). */
export const AA_TEXT_CONTRAST = 4.5;
/** What the theme aims for: a little above AA, so rounding in a browser never tips a pair under. */
export const TARGET_CONTRAST = 4.6;

const WHITE = "#ffffff";

function channels(hex: string): [number, number, number] {
  const value = hex.replace("#", "");
  const full = value.length === 3 ? [...value].map((c) => c + c).join("") : value;
  const at = (start: number) => parseInt(full.slice(start, start + 2), 16);
  return [at(0), at(2), at(4)];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = channels(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [first, second] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
}

/**
 * The colour itself when it reads against every background, otherwise the same hue mixed with
 * black just enough that it does.
 */
export function readableOn(color: string, backgrounds: string[], ratio = TARGET_CONTRAST): string {
  const rgb = channels(color);
  for (let black = 0; black <= 1; black += 0.01) {
    const candidate = toHex([rgb[0] * (1 - black), rgb[1] * (1 - black), rgb[2] * (1 - black)]);
    if (backgrounds.every((background) => contrastRatio(candidate, background) >= ratio)) {
      return candidate;
    }
  }
  return "#000000";
}

/**
 * Where text sits: the page and cards (white), and every palette's lightest tint (shade 0: grey
 * panels, the highlighted row of a table, an unread notification). The "dark" palette is the
 * text of the dark scheme, never a light surface.
 */
export function surfaces(palettes: Record<string, MantineColorsTuple>): string[] {
  const tints = Object.entries(palettes)
    .filter(([name]) => name !== "dark")
    .map(([, palette]) => palette[0]);
  return [WHITE, ...tints];
}

/**
 * A Mantine palette whose shades 6 to 9 all read as text on every surface. Mantine draws with
 * these shades: shade 6 is the filled background (white text on it), the text colour
 * (`c="green"`), links and outlines; shade 9 is the text of light badges and buttons on shade 1
 * (and shade 2 on hover). Shades 0 to 5 stay as they are, and the darker ones never get lighter than the one
 * before, so the palette keeps its order.
 */
export function readablePalette(
  palette: MantineColorsTuple,
  onSurfaces: string[],
): MantineColorsTuple {
  const shades: string[] = [...palette];
  const lightBackgrounds = [palette[1], palette[2]];
  for (let shade = 6; shade <= 9; shade += 1) {
    const backgrounds = shade === 9 ? [...onSurfaces, ...lightBackgrounds] : onSurfaces;
    const readable = readableOn(palette[shade] ?? "#000000", backgrounds);
    const previous = shades[shade - 1] ?? readable;
    shades[shade] =
      shade > 6 && relativeLuminance(previous) < relativeLuminance(readable) ? previous : readable;
  }
  return shades as unknown as MantineColorsTuple;
}
