import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type ChapterRole = components["schemas"]["ChapterRole"];
export type ChapterRoleKind = components["schemas"]["ChapterRoleEnum"];

// GET /api/v1/orgs/{org_slug}/chapters/{chapter_id}/roles/?current=true (everyone who reads
// chapters): the leaders whose term runs today.
export function getCurrentChapterRoles(orgSlug: string, chapterId: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/chapters/{chapter_id}/roles/", {
      params: { path: { org_slug: orgSlug, chapter_id: chapterId }, query: { current: true } },
    }),
  );
}

export function currentChapterRolesQueryOptions(orgSlug: string, chapterId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "chapter-roles", chapterId, "current"),
    queryFn: () => getCurrentChapterRoles(orgSlug, chapterId),
  });
}

export function useCurrentChapterRoles(orgSlug: string, chapterId: string) {
  return useQuery(currentChapterRolesQueryOptions(orgSlug, chapterId));
}
