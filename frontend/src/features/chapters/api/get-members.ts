import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import type { components, operations } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Member = components["schemas"]["Member"];
export type MemberStatus = components["schemas"]["MemberStatusEnum"];
type MembersQuery = NonNullable<operations["member_list"]["parameters"]["query"]>;
export type MembersParams = Omit<MembersQuery, "cursor" | "page_size">;

// A chapter has about 20 to 60 seats: one page holds most rosters.
const PAGE_SIZE = 100;

// GET /api/v1/orgs/{org_slug}/members/?chapter=&status=&category=, by name.
export function getMembers(orgSlug: string, query: MembersQuery) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/members/", {
      params: { path: { org_slug: orgSlug }, query },
    }),
  );
}

export function membersQueryOptions(orgSlug: string, params: MembersParams) {
  return infiniteQueryOptions({
    queryKey: orgKey(orgSlug, "members", "list", params),
    queryFn: ({ pageParam }) =>
      getMembers(orgSlug, { ...params, page_size: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => cursorOf(page.next),
  });
}

export function useMembers(orgSlug: string, params: MembersParams) {
  return useInfiniteQuery(membersQueryOptions(orgSlug, params));
}
