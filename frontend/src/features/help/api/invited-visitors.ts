import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Visitor = components["schemas"]["Visitor"];
export type InvitedVisitorChange = components["schemas"]["PatchedInvitedVisitorDetailsRequest"];

// A member brings a few guests a year: one page holds them.
const PAGE_SIZE = 100;

const invitedKey = (orgSlug: string) => orgKey(orgSlug, "visitors", "list", "invited");

/** A guest changed or went: every list of visitors (the chapter's pipeline too) refreshes. */
function visitorsChanged(queryClient: ReturnType<typeof useQueryClient>, orgSlug: string) {
  return queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "visitors") });
}

// GET /api/v1/orgs/{org_slug}/visitors/invited (`visitors:invite`): the visitors one of the
// person's seats invited, newest first. Under `[slug, "visitors", "list"]`, so the visitors
// screens' changes refresh it too.
export async function getInvitedVisitors(orgSlug: string): Promise<Visitor[]> {
  const page = await unwrap(
    api.GET("/api/v1/orgs/{org_slug}/visitors/invited", {
      params: { path: { org_slug: orgSlug }, query: { page_size: PAGE_SIZE } },
    }),
  );
  return page.results;
}

export function invitedVisitorsQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: invitedKey(orgSlug),
    queryFn: () => getInvitedVisitors(orgSlug),
  });
}

export function useInvitedVisitors(orgSlug: string) {
  return useQuery(invitedVisitorsQueryOptions(orgSlug));
}

// PATCH /api/v1/orgs/{org_slug}/visitors/{visitor_id}/invited (`visitors:invite`): the inviting
// member fixes the name, phone, business or profession they typed. 400 with field errors; 403
// for anyone else's guest.
export function useChangeInvitedVisitor(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ visitorId, changes }: { visitorId: string; changes: InvitedVisitorChange }) =>
      unwrap(
        api.PATCH("/api/v1/orgs/{org_slug}/visitors/{visitor_id}/invited", {
          params: { path: { org_slug: orgSlug, visitor_id: visitorId } },
          body: changes,
        }),
      ),
    onSuccess: () => visitorsChanged(queryClient, orgSlug),
  });
}

// DELETE /api/v1/orgs/{org_slug}/visitors/{visitor_id}/invited (`visitors:invite`), 204: a guest
// registered by mistake goes, with their upcoming visits. 409 once the chapter followed them up
// or a visit is past.
export function useWithdrawInvitedVisitor(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ visitorId }: { visitorId: string }) =>
      unwrap(
        api.DELETE("/api/v1/orgs/{org_slug}/visitors/{visitor_id}/invited", {
          params: { path: { org_slug: orgSlug, visitor_id: visitorId } },
        }),
      ),
    onSuccess: () => visitorsChanged(queryClient, orgSlug),
  });
}
