import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { meQueryKey } from "@/lib/auth/me";

import { invitationLinkQueryOptions } from "./get-invitation-link";

// POST /api/v1/public/{org_slug}/invitations/{token}/accept (signed in). 401 when not signed
// in; 409 with a `detail` when the link was sent to another email, expired or is no longer
// pending.
export function acceptInvitation(orgSlug: string, token: string) {
  return unwrap(
    api.POST("/api/v1/public/{org_slug}/invitations/{token}/accept", {
      params: { path: { org_slug: orgSlug, token } },
    }),
  );
}

export function useAcceptInvitation(orgSlug: string, token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => acceptInvitation(orgSlug, token),
    onSuccess: async (link) => {
      queryClient.setQueryData(invitationLinkQueryOptions(orgSlug, token).queryKey, link);
      // The person now belongs to the organization: /me must say so before they go there.
      await queryClient.invalidateQueries({ queryKey: meQueryKey, refetchType: "all" });
    },
  });
}
