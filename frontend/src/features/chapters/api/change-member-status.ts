import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import type { MemberStatus } from "./get-members";
import { invalidateMembers } from "./invalidate-members";

// POST /api/v1/orgs/{org_slug}/members/{member_id}/status (`members:write`). 409 with a
// `detail` when the move is not allowed, or when another seat holds the category under the
// organization's category lock.
export function changeMemberStatus(orgSlug: string, memberId: string, status: MemberStatus) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/members/{member_id}/status", {
      params: { path: { org_slug: orgSlug, member_id: memberId } },
      body: { status },
    }),
  );
}

export function useChangeMemberStatus(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, status }: { memberId: string; status: MemberStatus }) =>
      changeMemberStatus(orgSlug, memberId, status),
    onSuccess: () => invalidateMembers(queryClient, orgSlug),
  });
}
