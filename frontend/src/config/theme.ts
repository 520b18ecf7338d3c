import { createTheme, DEFAULT_THEME, type MantineColorsTuple, PasswordInput } from "@mantine/core";

import { readablePalette } from "./contrast";

// Mantine's palettes with their text shades darkened where they read at less than 4.5:1 (grey
// #868e96 for dimmed text at 3.3:1, indigo buttons and links at 4.3:1, green and yellow far
// less). Every variant draws from these shades, so contrast is settled here, once.
const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, palette]) => [name, readablePalette(palette)]),
) as Record<string, MantineColorsTuple>;

export const theme = createTheme({
  primaryColor: "indigo",
  colors,
  // People who ask their system for less motion get none; the browser tests ask for it too,
  // so they see screens settled rather than halfway through a transition.
  respectReducedMotion: true,
  defaultRadius: "md",
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: "700" },
  components: {
    // Mantine labels the show/hide button "Toggle password visibility", which makes it a second
    // match for the label "Password" (for assistive technology and for browser tests alike).
    // Mantine also takes it out of the Tab order; keyboard users need it as much as anyone.
    PasswordInput: PasswordInput.extend({
      defaultProps: {
        visibilityToggleButtonProps: { "aria-label": "Show or hide what you typed", tabIndex: 0 },
      },
    }),
  },
});
