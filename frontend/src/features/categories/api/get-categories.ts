import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Category = components["schemas"]["Category"];

const PAGE_SIZE = 100;

// GET /api/v1/orgs/{org_slug}/categories/ (everyone in the organization), by name, retired
// ones included.
export function getCategories(orgSlug: string, cursor?: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/categories/", {
      params: { path: { org_slug: orgSlug }, query: { cursor, page_size: PAGE_SIZE } },
    }),
  );
}

export function categoriesQueryOptions(orgSlug: string) {
  return infiniteQueryOptions({
    queryKey: orgKey(orgSlug, "categories", "list"),
    queryFn: ({ pageParam }) => getCategories(orgSlug, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => cursorOf(page.next),
  });
}

export function useCategories(orgSlug: string) {
  return useInfiniteQuery(categoriesQueryOptions(orgSlug));
}
