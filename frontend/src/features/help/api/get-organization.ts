import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { orgKey } from "@/lib/query-keys";

// GET /api/v1/orgs/{org_slug}/: the organization's currency, in which thank-you amounts are
// shown. Features do not share code, so this one reads it itself; the key is the one the
// settings keep current, the same resource.
export function getOrganization(orgSlug: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/", { params: { path: { org_slug: orgSlug } } }),
  );
}

export function helpOrganizationQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "organization"),
    queryFn: () => getOrganization(orgSlug),
  });
}

/** The organization's currency code ("EUR"), or undefined until it is known. */
export function useCurrency(orgSlug: string): string | undefined {
  return useQuery({ ...helpOrganizationQueryOptions(orgSlug), select: (org) => org.currency })
    .data;
}
