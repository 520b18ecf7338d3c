import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import { invalidateInvitations } from "./invalidate-invitations";

// POST /api/v1/orgs/{org_slug}/invitations/{invitation_id}/resend (`members:write`): a fresh
// link with a new expiry. 409 with a `detail` when it is no longer pending.
export function resendInvitation(orgSlug: string, invitationId: string) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/invitations/{invitation_id}/resend", {
      params: { path: { org_slug: orgSlug, invitation_id: invitationId } },
    }),
  );
}

export function useResendInvitation(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => resendInvitation(orgSlug, invitationId),
    onSuccess: () => invalidateInvitations(queryClient, orgSlug),
  });
}
