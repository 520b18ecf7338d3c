import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type MemberMatch = components["schemas"]["Member"];

// Enough to find one person among the matches; more letters narrow it down.
const PAGE_SIZE = 20;

/** The API searches from 2 letters on. */
export const MIN_SEARCH = 2;

// GET /api/v1/orgs/{org_slug}/members/?search=&status=active&mine_first=true: active members whose name,
// business or category holds what was typed, to give help to. Under `[slug, "members"]`, so any
// change to a seat refreshes it.
export async function searchMembers(orgSlug: string, search: string): Promise<MemberMatch[]> {
  const page = await unwrap(
    api.GET("/api/v1/orgs/{org_slug}/members/", {
      params: {
        path: { org_slug: orgSlug },
        // The person's own chapter first, then the others, names A to Z.
        query: { search, status: "active", mine_first: true, page_size: PAGE_SIZE },
      },
    }),
  );
  return page.results;
}

export function memberSearchQueryOptions(orgSlug: string, search: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "members", "search", search),
    queryFn: () => searchMembers(orgSlug, search),
    staleTime: 60_000,
  });
}

/** Matches for `search`; nothing is asked below 2 letters. */
export function useMemberSearch(orgSlug: string, search: string) {
  return useQuery({
    ...memberSearchQueryOptions(orgSlug, search),
    enabled: search.length >= MIN_SEARCH,
  });
}
