import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { orgKey } from "@/lib/query-keys";

// GET /api/v1/orgs/{org_slug}/chapters/{chapter_id}/: the chapter's name, over its month of
// help. Features do not share code, so this one reads the chapter itself; the key is the
// chapter page's, the same resource, so a rename there shows here too.
export function getChapter(orgSlug: string, chapterId: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/chapters/{chapter_id}/", {
      params: { path: { org_slug: orgSlug, chapter_id: chapterId } },
    }),
  );
}

export function helpChapterQueryOptions(orgSlug: string, chapterId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "chapters", "detail", chapterId),
    queryFn: () => getChapter(orgSlug, chapterId),
  });
}

export function useHelpChapter(orgSlug: string, chapterId: string) {
  return useQuery(helpChapterQueryOptions(orgSlug, chapterId));
}
