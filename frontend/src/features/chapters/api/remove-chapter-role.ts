import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import { invalidateChapterRoles } from "./invalidate-chapter-roles";

// DELETE /api/v1/orgs/{org_slug}/chapter-roles/{role_id}/ (`chapters:write` in the chapter): a
// role given by mistake. A term that simply ends is ended, not removed.
export function removeChapterRole(orgSlug: string, roleId: string) {
  return unwrap(
    api.DELETE("/api/v1/orgs/{org_slug}/chapter-roles/{role_id}/", {
      params: { path: { org_slug: orgSlug, role_id: roleId } },
    }),
  );
}

export function useRemoveChapterRole(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (roleId: string) => removeChapterRole(orgSlug, roleId),
    onSuccess: () => invalidateChapterRoles(queryClient, orgSlug),
  });
}
