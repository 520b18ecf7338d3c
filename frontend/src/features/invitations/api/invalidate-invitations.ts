import type { QueryClient } from "@tanstack/react-query";

import { orgKey } from "@/lib/query-keys";

/**
 * After an invitation changes: the list. Inviting into a chapter may make a pending seat, so
 * rosters follow.
 */
export function invalidateInvitations(queryClient: QueryClient, orgSlug: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "invitations") }),
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "members") }),
  ]);
}
