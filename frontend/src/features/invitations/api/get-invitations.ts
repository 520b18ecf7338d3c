import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import type { components, operations } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Invitation = components["schemas"]["Invitation"];
export type InvitationStatus = components["schemas"]["InvitationStatusEnum"];
type InvitationsQuery = NonNullable<operations["invitation_list"]["parameters"]["query"]>;
export type InvitationsParams = Omit<InvitationsQuery, "cursor" | "page_size">;

const PAGE_SIZE = 50;

// GET /api/v1/orgs/{org_slug}/invitations/?chapter=&status= (`members:write`). Leaders get the
// invitations of the chapters they lead only.
export function getInvitations(orgSlug: string, query: InvitationsQuery) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/invitations/", {
      params: { path: { org_slug: orgSlug }, query },
    }),
  );
}

export function invitationsQueryOptions(orgSlug: string, params: InvitationsParams = {}) {
  return infiniteQueryOptions({
    queryKey: orgKey(orgSlug, "invitations", "list", params),
    queryFn: ({ pageParam }) =>
      getInvitations(orgSlug, { ...params, page_size: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => cursorOf(page.next),
  });
}

export function useInvitations(orgSlug: string, params: InvitationsParams = {}) {
  return useInfiniteQuery(invitationsQueryOptions(orgSlug, params));
}
