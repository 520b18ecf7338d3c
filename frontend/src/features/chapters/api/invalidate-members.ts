import type { QueryClient } from "@tanstack/react-query";

import { orgKey } from "@/lib/query-keys";

/** After a seat changes: rosters, sponsor choices and every chapter's category map. */
export function invalidateMembers(queryClient: QueryClient, orgSlug: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "members") }),
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "category-map") }),
  ]);
}
