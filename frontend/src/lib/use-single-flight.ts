import { useCallback, useRef } from "react";

/**
 * Run an async action unless the previous run is still going. A mutation's `isPending` (and so
 * a button's loading state) updates a moment after the click, too late to stop the second
 * click of a double click: this ref is checked synchronously, so a double click submits once.
 */
export function useSingleFlight() {
  const running = useRef(false);
  return useCallback((action: () => Promise<unknown>) => {
    if (running.current) return;
    running.current = true;
    void action().finally(() => {
      running.current = false;
    });
  }, []);
}
