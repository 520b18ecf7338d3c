import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

import { helpGiven } from "./invalidate-help";
import { type Withdrawal, withdrawalQuery } from "./slip-withdrawal";

export type OtherHelp = components["schemas"]["OtherHelp"];
export type OtherHelpChange = components["schemas"]["PatchedOtherHelpChangeRequest"];

// A member gives a few pieces of help a month: one page holds the recent ones.
const PAGE_SIZE = 100;

// GET /api/v1/orgs/{org_slug}/other-help/ (`help:read`): the help the person gave or received
// (and, for leaders, their chapters'), newest first. Under `[slug, "other-help"]`, so a change
// or a withdrawal refreshes it.
export async function getOtherHelp(orgSlug: string): Promise<OtherHelp[]> {
  const page = await unwrap(
    api.GET("/api/v1/orgs/{org_slug}/other-help/", {
      params: { path: { org_slug: orgSlug }, query: { page_size: PAGE_SIZE } },
    }),
  );
  return page.results;
}

export function otherHelpQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "other-help"),
    queryFn: () => getOtherHelp(orgSlug),
  });
}

export function useOtherHelp(orgSlug: string) {
  return useQuery(otherHelpQueryOptions(orgSlug));
}

// PATCH /api/v1/orgs/{org_slug}/other-help/{other_help_id}/ (`help:read`): the member who gave it
// fixes its kind or note until the week's report is completed; then 409 (a chapter leader may
// still correct it with a `correction_reason`). 400 with field errors.
export function useChangeOtherHelp(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ otherHelpId, changes }: { otherHelpId: string; changes: OtherHelpChange }) =>
      unwrap(
        api.PATCH("/api/v1/orgs/{org_slug}/other-help/{other_help_id}/", {
          params: { path: { org_slug: orgSlug, other_help_id: otherHelpId } },
          body: changes,
        }),
      ),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}

// DELETE /api/v1/orgs/{org_slug}/other-help/{other_help_id}/ (`help:read`), 204: given by
// mistake, it no longer counts. 409 once the week's report is completed, unless a chapter
// leader sends a `correction_reason`.
export function useWithdrawOtherHelp(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ otherHelpId, ...withdrawal }: { otherHelpId: string } & Withdrawal) =>
      unwrap(
        api.DELETE("/api/v1/orgs/{org_slug}/other-help/{other_help_id}/", {
          params: {
            path: { org_slug: orgSlug, other_help_id: otherHelpId },
            query: withdrawalQuery(withdrawal),
          },
        }),
      ),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}
