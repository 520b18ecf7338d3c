import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type ThankYou = components["schemas"]["ThankYou"];

// A member records a few thank-yous a month: one page holds the recent ones.
const PAGE_SIZE = 100;

// GET /api/v1/orgs/{org_slug}/thank-yous/ (`help:read`): the thank-yous the person recorded or
// received (and, for leaders, their chapters'), newest first. Under `[slug, "thank-yous"]`, so
// a change or a withdrawal refreshes it.
export async function getThankYous(orgSlug: string): Promise<ThankYou[]> {
  const page = await unwrap(
    api.GET("/api/v1/orgs/{org_slug}/thank-yous/", {
      params: { path: { org_slug: orgSlug }, query: { page_size: PAGE_SIZE } },
    }),
  );
  return page.results;
}

export function thankYousQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "thank-yous"),
    queryFn: () => getThankYous(orgSlug),
  });
}

export function useThankYous(orgSlug: string) {
  return useQuery(thankYousQueryOptions(orgSlug));
}
