import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { invalidateMembers } from "./invalidate-members";

export type MemberUpdateInput = components["schemas"]["PatchedMemberWriteRequest"];

// PATCH /api/v1/orgs/{org_slug}/members/{member_id}/ (`members:write`). 409 with
// `errors.category` when another seat of the chapter holds the new category.
export function updateMember(orgSlug: string, memberId: string, body: MemberUpdateInput) {
  return unwrap(
    api.PATCH("/api/v1/orgs/{org_slug}/members/{member_id}/", {
      params: { path: { org_slug: orgSlug, member_id: memberId } },
      body,
    }),
  );
}

export function useUpdateMember(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: MemberUpdateInput }) =>
      updateMember(orgSlug, memberId, body),
    onSuccess: () => invalidateMembers(queryClient, orgSlug),
  });
}
