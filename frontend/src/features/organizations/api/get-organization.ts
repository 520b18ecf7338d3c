import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Organization = components["schemas"]["Organization"];

// GET /api/v1/orgs/{org_slug}/ (404 for an organization that is not the caller's).
export function getOrganization(orgSlug: string): Promise<Organization> {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/", { params: { path: { org_slug: orgSlug } } }),
  );
}

export function organizationQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "organization"),
    queryFn: () => getOrganization(orgSlug),
  });
}

export function useOrganization(orgSlug: string) {
  return useQuery(organizationQueryOptions(orgSlug));
}
