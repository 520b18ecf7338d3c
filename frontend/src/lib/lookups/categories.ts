import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

import { fetchAllPages, LOOKUP_PAGE_SIZE } from "./fetch-all-pages";

export type Category = components["schemas"]["Category"];

// GET /api/v1/orgs/{org_slug}/categories/, every page, retired ones included: the profession
// selects of seats and applications and the roster's filter. One cache entry for the whole
// app, under `[slug, "categories"]`, so a new, renamed or retired category shows everywhere.
export function getAllCategories(orgSlug: string): Promise<Category[]> {
  return fetchAllPages((cursor) =>
    unwrap(
      api.GET("/api/v1/orgs/{org_slug}/categories/", {
        params: { path: { org_slug: orgSlug }, query: { page_size: LOOKUP_PAGE_SIZE, cursor } },
      }),
    ),
  );
}

export function allCategoriesQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "categories", "all"),
    queryFn: () => getAllCategories(orgSlug),
  });
}

interface LookupOptions<TData> {
  /** False until the screen needs the categories. */
  enabled?: boolean;
  /** What the screen reads of them, e.g. `toChoices`. */
  select?: (categories: Category[]) => TData;
}

export function useAllCategories<TData = Category[]>(
  orgSlug: string,
  { enabled = true, select }: LookupOptions<TData> = {},
) {
  return useQuery({ ...allCategoriesQueryOptions(orgSlug), enabled, select });
}
