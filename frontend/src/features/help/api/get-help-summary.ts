import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type HelpSummary = components["schemas"]["HelpSummary"];
export type HelpCounts = components["schemas"]["HelpCounts"];

// GET /api/v1/orgs/{org_slug}/members/{member_id}/help-summary (`help:read`; the member and
// their chapter's leaders only, 403 for anyone else): this month's help against last month's,
// given against received over the last twelve months, and the follow-up rate.
export function getHelpSummary(orgSlug: string, memberId: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/members/{member_id}/help-summary", {
      params: { path: { org_slug: orgSlug, member_id: memberId } },
    }),
  );
}

export function helpSummaryQueryOptions(orgSlug: string, memberId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "help-summary", memberId),
    queryFn: () => getHelpSummary(orgSlug, memberId),
  });
}

export function useHelpSummary(orgSlug: string, memberId: string) {
  return useQuery(helpSummaryQueryOptions(orgSlug, memberId));
}
