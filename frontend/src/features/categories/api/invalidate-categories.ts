import type { QueryClient } from "@tanstack/react-query";

import { orgKey } from "@/lib/query-keys";

/**
 * After a category changes: every list of categories, the chapters' category maps (names,
 * retired ones) and the seats, which carry their category's name.
 */
export function invalidateCategories(queryClient: QueryClient, orgSlug: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "categories") }),
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "category-map") }),
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "members") }),
  ]);
}
