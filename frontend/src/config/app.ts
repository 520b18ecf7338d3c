export const APP_NAME = "Networking Groups";

// Phones get a bottom navigation bar, wider screens a sidebar (Mantine's `sm` breakpoint).
export const MOBILE_QUERY = "(max-width: 47.99em)";
// Phones held upright (at most 576px, Mantine's `xs`): lists become stacked cards there, so
// nothing scrolls sideways.
export const PHONE_QUERY = "(max-width: 36em)";
