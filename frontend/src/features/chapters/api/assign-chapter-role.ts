import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { invalidateChapterRoles } from "./invalidate-chapter-roles";

export type ChapterRoleInput = components["schemas"]["ChapterRoleCreateRequest"];

// POST /api/v1/orgs/{org_slug}/chapters/{chapter_id}/roles/ (`chapters:write` in the chapter:
// staff or its president). 409 with `errors.role` when the member already holds the role for
// an overlapping term; 400 with field errors (a seat of another chapter, not active, a term
// that ends before it starts). The term defaults to a year from today.
export function assignChapterRole(orgSlug: string, chapterId: string, body: ChapterRoleInput) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/chapters/{chapter_id}/roles/", {
      params: { path: { org_slug: orgSlug, chapter_id: chapterId } },
      body,
    }),
  );
}

export function useAssignChapterRole(orgSlug: string, chapterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChapterRoleInput) => assignChapterRole(orgSlug, chapterId, body),
    onSuccess: () => invalidateChapterRoles(queryClient, orgSlug),
  });
}
