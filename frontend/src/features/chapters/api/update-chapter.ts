import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { allChaptersQueryOptions } from "@/lib/lookups/chapters";
import { orgKey } from "@/lib/query-keys";

import { chapterQueryOptions } from "./get-chapter";

export type ChapterUpdateInput = components["schemas"]["PatchedChapterWriteRequest"];

// PATCH /api/v1/orgs/{org_slug}/chapters/{chapter_id}/ (`chapters:write`). 409 with
// `errors.name` when the new name is taken.
export function updateChapter(orgSlug: string, chapterId: string, body: ChapterUpdateInput) {
  return unwrap(
    api.PATCH("/api/v1/orgs/{org_slug}/chapters/{chapter_id}/", {
      params: { path: { org_slug: orgSlug, chapter_id: chapterId } },
      body,
    }),
  );
}

export function useUpdateChapter(orgSlug: string, chapterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChapterUpdateInput) => updateChapter(orgSlug, chapterId, body),
    onSuccess: async (chapter) => {
      queryClient.setQueryData(chapterQueryOptions(orgSlug, chapterId).queryKey, chapter);
      // The list shows the name, the status and the schedule; every chapter select and filter,
      // the name and the status.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "chapters", "list") }),
        queryClient.invalidateQueries({ queryKey: allChaptersQueryOptions(orgSlug).queryKey }),
      ]);
    },
  });
}
