import { createTheme, PasswordInput } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "indigo",
  defaultRadius: "md",
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: "700" },
  components: {
    // Mantine labels the show/hide button "Toggle password visibility", which makes it a second
    // match for the label "Password" (for assistive technology and for browser tests alike).
    PasswordInput: PasswordInput.extend({
      defaultProps: { visibilityToggleButtonProps: { "aria-label": "Show or hide what you typed" } },
    }),
  },
});
