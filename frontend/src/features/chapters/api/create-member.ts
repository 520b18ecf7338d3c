import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { invalidateMembers } from "./invalidate-members";

export type MemberCreateInput = components["schemas"]["MemberCreateRequest"];

// POST /api/v1/orgs/{org_slug}/members/ (`members:write`): a pending seat in a chapter. It
// takes its category only once it becomes active.
export function createMember(orgSlug: string, body: MemberCreateInput) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/members/", { params: { path: { org_slug: orgSlug } }, body }),
  );
}

export function useCreateMember(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberCreateInput) => createMember(orgSlug, body),
    onSuccess: () => invalidateMembers(queryClient, orgSlug),
  });
}
