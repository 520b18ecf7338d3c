import type { QueryClient } from "@tanstack/react-query";

import { meQueryKey } from "@/lib/auth/me";
import { orgKey } from "@/lib/query-keys";

/**
 * After a chapter role changes: the chapter's leaders, and /me, whose `leads` (and so what the
 * signed-in person may do) follow the roles.
 */
export function invalidateChapterRoles(queryClient: QueryClient, orgSlug: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "chapter-roles") }),
    queryClient.invalidateQueries({ queryKey: meQueryKey }),
  ]);
}
