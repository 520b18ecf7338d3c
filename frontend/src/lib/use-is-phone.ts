import { useMediaQuery } from "@mantine/hooks";

import { PHONE_QUERY } from "@/config/app";

/** Whether the screen is a phone's (≤ 576px): known at the first render, so nothing flickers. */
export function useIsPhone(): boolean {
  return useMediaQuery(PHONE_QUERY, window.matchMedia(PHONE_QUERY).matches, {
    getInitialValueInEffect: false,
  });
}
