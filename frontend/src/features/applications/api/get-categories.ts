import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Category = components["schemas"]["Category"];

// GET /api/v1/orgs/{org_slug}/categories/, every page: the profession an applicant would seat.
// An organization has tens of categories, a few hundred at most.
const PAGE_SIZE = 200;

export async function getApplicationCategories(orgSlug: string): Promise<Category[]> {
  const categories: Category[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(
      api.GET("/api/v1/orgs/{org_slug}/categories/", {
        params: { path: { org_slug: orgSlug }, query: { page_size: PAGE_SIZE, cursor } },
      }),
    );
    categories.push(...page.results);
    cursor = cursorOf(page.next);
  } while (cursor);
  return categories;
}

export function applicationCategoriesQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "categories", "application-choices"),
    queryFn: () => getApplicationCategories(orgSlug),
  });
}

export function useApplicationCategories(orgSlug: string, { enabled = true } = {}) {
  return useQuery({ ...applicationCategoriesQueryOptions(orgSlug), enabled });
}
