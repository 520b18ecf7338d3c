import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type CategoryMapEntry = components["schemas"]["CategoryMapEntry"];

// GET /api/v1/orgs/{org_slug}/chapters/{chapter_id}/category-map: every active category with
// the seat that holds it in the chapter, or none (an open category, "most wanted"). Seats and
// categories both change it, so its key is its own: their writes invalidate `[slug,
// "category-map"]`.
export function getCategoryMap(orgSlug: string, chapterId: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/chapters/{chapter_id}/category-map", {
      params: { path: { org_slug: orgSlug, chapter_id: chapterId } },
    }),
  );
}

export function categoryMapQueryOptions(orgSlug: string, chapterId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "category-map", chapterId),
    queryFn: () => getCategoryMap(orgSlug, chapterId),
  });
}

export function useCategoryMap(orgSlug: string, chapterId: string) {
  return useQuery(categoryMapQueryOptions(orgSlug, chapterId));
}
