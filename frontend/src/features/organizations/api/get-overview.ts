import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Overview = components["schemas"]["Overview"];
export type AttentionKind = components["schemas"]["Attention"]["kind"];

// GET /api/v1/orgs/{org_slug}/overview/ (owners, admins and staff).
export function getOverview(orgSlug: string): Promise<Overview> {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/overview/", { params: { path: { org_slug: orgSlug } } }),
  );
}

export function overviewQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "overview"),
    queryFn: () => getOverview(orgSlug),
  });
}

export function useOverview(orgSlug: string, enabled: boolean) {
  return useQuery({ ...overviewQueryOptions(orgSlug), enabled });
}
