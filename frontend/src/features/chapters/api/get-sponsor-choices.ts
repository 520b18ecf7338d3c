import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { orgKey } from "@/lib/query-keys";

// GET /api/v1/orgs/{org_slug}/members/?chapter=: the chapter's seats, for the sponsor select.
// One page of the largest size holds any chapter.
const PAGE_SIZE = 200;

export async function getSponsorChoices(orgSlug: string, chapterId: string) {
  const page = await unwrap(
    api.GET("/api/v1/orgs/{org_slug}/members/", {
      params: { path: { org_slug: orgSlug }, query: { chapter: chapterId, page_size: PAGE_SIZE } },
    }),
  );
  return page.results.map((member) => ({ value: member.id, label: member.name }));
}

export function sponsorChoicesQueryOptions(orgSlug: string, chapterId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "members", "sponsor-choices", chapterId),
    queryFn: () => getSponsorChoices(orgSlug, chapterId),
  });
}

export function useSponsorChoices(orgSlug: string, chapterId: string) {
  return useQuery(sponsorChoicesQueryOptions(orgSlug, chapterId));
}
