import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type InvitationLink = components["schemas"]["InvitationLink"];

// GET /api/v1/public/{org_slug}/invitations/{token}/ (no account needed): what the emailed link
// offers, and whether it still can be accepted. 404 for an unknown link.
export function getInvitationLink(orgSlug: string, token: string) {
  return unwrap(
    api.GET("/api/v1/public/{org_slug}/invitations/{token}/", {
      params: { path: { org_slug: orgSlug, token } },
    }),
  );
}

export function invitationLinkQueryOptions(orgSlug: string, token: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "invitation-link", token),
    queryFn: () => getInvitationLink(orgSlug, token),
  });
}

export function useInvitationLink(orgSlug: string, token: string) {
  return useQuery(invitationLinkQueryOptions(orgSlug, token));
}
