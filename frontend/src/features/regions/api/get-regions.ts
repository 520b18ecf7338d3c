import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Region = components["schemas"]["Region"];

// GET /api/v1/orgs/{org_slug}/regions/ (everyone in the organization).
export function getRegions(orgSlug: string, cursor?: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/regions/", {
      params: { path: { org_slug: orgSlug }, query: { cursor } },
    }),
  );
}

export function regionsQueryOptions(orgSlug: string) {
  return infiniteQueryOptions({
    queryKey: orgKey(orgSlug, "regions", "list"),
    queryFn: ({ pageParam }) => getRegions(orgSlug, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => cursorOf(page.next),
  });
}

export function useRegions(orgSlug: string) {
  return useInfiniteQuery(regionsQueryOptions(orgSlug));
}
