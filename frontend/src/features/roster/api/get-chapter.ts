import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { orgKey } from "@/lib/query-keys";

// GET /api/v1/orgs/{org_slug}/chapters/{chapter_id}/: the chapter whose roster the files hold
// (404 for a chapter of another organization).
export function getChapter(orgSlug: string, chapterId: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/chapters/{chapter_id}/", {
      params: { path: { org_slug: orgSlug, chapter_id: chapterId } },
    }),
  );
}

export function rosterChapterQueryOptions(orgSlug: string, chapterId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "chapters", "detail", chapterId),
    queryFn: () => getChapter(orgSlug, chapterId),
  });
}

export function useRosterChapter(orgSlug: string, chapterId: string) {
  return useQuery(rosterChapterQueryOptions(orgSlug, chapterId));
}
