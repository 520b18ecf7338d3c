import type { ReactNode } from "react";
import { useOutletContext } from "react-router";

/**
 * What other features put on the organization's home. Features do not import one another, so
 * the app composes them: its organization layout hands these to the page.
 */
export interface HomeSections {
  /** The person's own help this month, their rank and balance; null when they have none. */
  help: ReactNode;
}

/** The sections the app hands the home; none when it is shown on its own. */
export function useHomeSections(): Partial<HomeSections> {
  return useOutletContext<HomeSections | undefined>() ?? {};
}
