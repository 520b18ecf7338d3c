import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { orgKey } from "@/lib/query-keys";

// GET /api/v1/orgs/{org_slug}/regions/, for the region select of the chapter form. Features do
// not share code, so this feature reads regions itself; its key sits under `[slug, "regions"]`,
// so adding or renaming a region refreshes these choices too.
const PAGE_SIZE = 200;

export async function getRegionChoices(orgSlug: string) {
  const page = await unwrap(
    api.GET("/api/v1/orgs/{org_slug}/regions/", {
      params: { path: { org_slug: orgSlug }, query: { page_size: PAGE_SIZE } },
    }),
  );
  return page.results.map((region) => ({ value: region.id, label: region.name }));
}

export function chapterRegionChoicesQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "regions", "chapter-choices"),
    queryFn: () => getRegionChoices(orgSlug),
  });
}

export function useRegionChoices(orgSlug: string) {
  return useQuery(chapterRegionChoicesQueryOptions(orgSlug));
}
