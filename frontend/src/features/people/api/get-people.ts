import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import type { components, operations } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Person = components["schemas"]["Person"];
type PeopleQuery = NonNullable<operations["person_list"]["parameters"]["query"]>;
export type PeopleParams = Omit<PeopleQuery, "cursor">;

// GET /api/v1/orgs/{org_slug}/people/ (owners, admins, staff and region directors).
export function getPeople(orgSlug: string, query: PeopleQuery) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/people/", {
      params: { path: { org_slug: orgSlug }, query },
    }),
  );
}

export function peopleQueryOptions(orgSlug: string, params: PeopleParams = {}) {
  return infiniteQueryOptions({
    queryKey: orgKey(orgSlug, "people", params),
    queryFn: ({ pageParam }) => getPeople(orgSlug, { ...params, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => cursorOf(page.next),
  });
}

export function usePeople(orgSlug: string, params: PeopleParams = {}) {
  return useInfiniteQuery(peopleQueryOptions(orgSlug, params));
}
