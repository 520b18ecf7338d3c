import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

import { fetchAllPages, LOOKUP_PAGE_SIZE } from "./fetch-all-pages";

export type Region = components["schemas"]["Region"];

// GET /api/v1/orgs/{org_slug}/regions/, every page: the region selects of chapters and of
// region directors. One cache entry for the whole app, under `[slug, "regions"]`, so adding,
// renaming or removing a region shows everywhere.
export function getAllRegions(orgSlug: string): Promise<Region[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET("/api/v1/orgs/{org_slug}/regions/", {
        params: { path: { org_slug: orgSlug }, query: { page_size: LOOKUP_PAGE_SIZE, cursor } },
      }),
    ),
  );
}

export function allRegionsQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "regions", "all"),
    queryFn: () => getAllRegions(orgSlug),
  });
}

interface LookupOptions<TData> {
  /** False until the screen needs the regions. */
  enabled?: boolean;
  /** What the screen reads of them, e.g. `toChoices`. */
  select?: (regions: Region[]) => TData;
}

export function useAllRegions<TData = Region[]>(
  orgSlug: string,
  { enabled = true, select }: LookupOptions<TData> = {},
) {
  return useQuery({ ...allRegionsQueryOptions(orgSlug), enabled, select });
}
