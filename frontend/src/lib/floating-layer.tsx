import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";

interface FloatingLayer {
  /** How many sticky action bars the page shows now (a save bar at the foot of a grid). */
  actionBars: number;
  register: () => () => void;
}

const Context = createContext<FloatingLayer>({ actionBars: 0, register: () => () => {} });

/**
 * What floats over the page. A page with its own sticky action bar registers it, and the
 * floating Give button steps aside while it is shown, so no floating control ever covers
 * another one.
 */
export function FloatingLayerProvider({ children }: { children: ReactNode }) {
  const [actionBars, setActionBars] = useState(0);
  // Stable, so that registering never re-runs the page's effect.
  const register = useCallback(() => {
    setActionBars((count) => count + 1);
    return () => setActionBars((count) => count - 1);
  }, []);
  const value = useMemo(() => ({ actionBars, register }), [actionBars, register]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** Call in a component that renders a sticky action bar, while it renders it. */
export function useStickyActionBar(shown = true): void {
  const { register } = useContext(Context);
  useEffect(() => (shown ? register() : undefined), [register, shown]);
}

/** True while the page shows a sticky action bar of its own. */
export function usePageHasActionBar(): boolean {
  return useContext(Context).actionBars > 0;
}
