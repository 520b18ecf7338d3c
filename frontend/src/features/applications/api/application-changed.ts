import type { QueryClient } from "@tanstack/react-query";

import { orgKey } from "@/lib/query-keys";

import { applicationQueryOptions } from "./get-application";
import type { Application } from "./get-applications";

/**
 * After an application changes: keep the answer as its details and refresh the lists. A
 * decision or a payment also makes or activates a seat, so rosters and category maps follow.
 */
export function applicationChanged(
  queryClient: QueryClient,
  orgSlug: string,
  application: Application,
  { seats = false } = {},
) {
  queryClient.setQueryData(
    applicationQueryOptions(orgSlug, application.id).queryKey,
    application,
  );
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "applications", "list") }),
    seats && queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "members") }),
    seats && queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "category-map") }),
  ]);
}
