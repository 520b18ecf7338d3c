import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import { invalidateInvitations } from "./invalidate-invitations";

// POST /api/v1/orgs/{org_slug}/invitations/{invitation_id}/revoke (`members:write`): the link
// stops working. 409 with a `detail` when it is no longer pending.
export function revokeInvitation(orgSlug: string, invitationId: string) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/invitations/{invitation_id}/revoke", {
      params: { path: { org_slug: orgSlug, invitation_id: invitationId } },
    }),
  );
}

export function useRevokeInvitation(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => revokeInvitation(orgSlug, invitationId),
    onSuccess: () => invalidateInvitations(queryClient, orgSlug),
  });
}
