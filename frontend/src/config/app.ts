export const APP_NAME = "Networking Groups";

// Phones get a bottom navigation bar, wider screens a sidebar (Mantine's `sm` breakpoint).
export const MOBILE_QUERY = "(max-width: 47.99em)";
