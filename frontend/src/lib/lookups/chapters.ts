import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

import { fetchAllPages, LOOKUP_PAGE_SIZE } from "./fetch-all-pages";

export type Chapter = components["schemas"]["Chapter"];

// GET /api/v1/orgs/{org_slug}/chapters/, every page, by name: the chapter selects and filters
// and the chapter names of every screen. One cache entry for the whole app, under
// `[slug, "chapters"]`, so a new, renamed or closed chapter shows everywhere.
export function getAllChapters(orgSlug: string): Promise<Chapter[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET("/api/v1/orgs/{org_slug}/chapters/", {
        params: { path: { org_slug: orgSlug }, query: { page_size: LOOKUP_PAGE_SIZE, cursor } },
      }),
    ),
  );
}

export function allChaptersQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "chapters", "all"),
    queryFn: () => getAllChapters(orgSlug),
  });
}

interface LookupOptions<TData> {
  /** False until the screen needs every chapter (staff only, say). */
  enabled?: boolean;
  /** What the screen reads of them, e.g. `toChoices`. */
  select?: (chapters: Chapter[]) => TData;
}

export function useAllChapters<TData = Chapter[]>(
  orgSlug: string,
  { enabled = true, select }: LookupOptions<TData> = {},
) {
  return useQuery({ ...allChaptersQueryOptions(orgSlug), enabled, select });
}
