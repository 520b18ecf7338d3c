import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { invalidateChapterRoles } from "./invalidate-chapter-roles";

export type ChapterRoleTermInput = components["schemas"]["PatchedChapterRoleUpdateRequest"];

// PATCH /api/v1/orgs/{org_slug}/chapter-roles/{role_id}/ (`chapters:write` in the chapter): move
// a term's dates, such as ending it today. 400 when it would end before it starts.
export function updateChapterRole(orgSlug: string, roleId: string, body: ChapterRoleTermInput) {
  return unwrap(
    api.PATCH("/api/v1/orgs/{org_slug}/chapter-roles/{role_id}/", {
      params: { path: { org_slug: orgSlug, role_id: roleId } },
      body,
    }),
  );
}

export function useUpdateChapterRole(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ roleId, body }: { roleId: string; body: ChapterRoleTermInput }) =>
      updateChapterRole(orgSlug, roleId, body),
    onSuccess: () => invalidateChapterRoles(queryClient, orgSlug),
  });
}
