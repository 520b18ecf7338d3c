import type { QueryClient } from "@tanstack/react-query";

import { orgKey } from "@/lib/query-keys";

/** After help is given: every list of referrals and every leaderboard counts it at once. */
export function helpGiven(queryClient: QueryClient, orgSlug: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "referrals") }),
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "leaderboards") }),
  ]);
}
