import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { invalidateInvitations } from "./invalidate-invitations";

export type InvitationInput = components["schemas"]["InvitationCreateRequest"];
export type InvitableRole = components["schemas"]["InvitationCreateRoleEnum"];

// POST /api/v1/orgs/{org_slug}/invitations/ (`members:write`: staff anywhere, leaders in their
// chapter; a role other than member needs `people:write`). With a chapter, the invitation leads
// into a seat: the one waiting for that email, else a new one named `name` (400 `errors.name`
// without a name). 409 with `errors.email` when one is already pending for that email.
export function createInvitation(orgSlug: string, body: InvitationInput) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/invitations/", {
      params: { path: { org_slug: orgSlug } },
      body,
    }),
  );
}

export function useCreateInvitation(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationInput) => createInvitation(orgSlug, body),
    onSuccess: () => invalidateInvitations(queryClient, orgSlug),
  });
}
