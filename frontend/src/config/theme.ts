import {
  createTheme,
  DEFAULT_THEME,
  Drawer,
  type MantineColorsTuple,
  Modal,
  PasswordInput,
  Table,
} from "@mantine/core";

import { readablePalette, surfaces } from "./contrast";

// Mantine's palettes with their text shades darkened where they read at less than 4.5:1 on
// white or on a light tint (grey #868e96 for dimmed text at 3.3:1, indigo buttons and links at
// 4.3:1, green and yellow far less). Every variant draws from these shades, so contrast is
// settled here, once.
const onSurfaces = surfaces(DEFAULT_THEME.colors);
const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, palette]) => [
    name,
    readablePalette(palette, onSurfaces),
  ]),
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
    // Mantine's close button is an icon without a name: screen readers would say only "button".
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { "aria-label": "Close" } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { "aria-label": "Close" } } }),
    // A wide table scrolls sideways on a phone: the scrolling box must take focus, or keyboard
    // users cannot scroll it. Native scrolling keeps that box the one that takes focus.
    TableScrollContainer: Table.ScrollContainer.extend({
      defaultProps: { type: "native", tabIndex: 0 },
    }),
  },
});
