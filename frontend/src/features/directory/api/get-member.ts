import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { orgKey } from "@/lib/query-keys";

// GET /api/v1/orgs/{org_slug}/members/{member_id}/: one member's profile, with the contact
// details the organization's policy lets the reader see (empty and `contacts_hidden` when not).
export function getMember(orgSlug: string, memberId: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/members/{member_id}/", {
      params: { path: { org_slug: orgSlug, member_id: memberId } },
    }),
  );
}

export function memberQueryOptions(orgSlug: string, memberId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "members", "profile", memberId),
    queryFn: () => getMember(orgSlug, memberId),
  });
}

export function useMember(orgSlug: string, memberId: string) {
  return useQuery(memberQueryOptions(orgSlug, memberId));
}
