import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import type { components, operations } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type OneToOne = components["schemas"]["OneToOne"];
export type OneToOneMode = components["schemas"]["ModeEnum"];
export type OneToOneAnswer = components["schemas"]["OneToOneAnswerEnum"];
type OneToOnesQuery = NonNullable<operations["one_to_one_list"]["parameters"]["query"]>;

const PAGE_SIZE = 30;

// GET /api/v1/orgs/{org_slug}/one-to-ones/ (`help:read`), newest first: the 1-2-1s the person
// logged or was part of from their own seats (leaders also see their chapters').
export function getOneToOnes(orgSlug: string, query: OneToOnesQuery) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/one-to-ones/", {
      params: { path: { org_slug: orgSlug }, query },
    }),
  );
}

export function oneToOnesQueryOptions(orgSlug: string) {
  return infiniteQueryOptions({
    queryKey: orgKey(orgSlug, "one-to-ones", "list"),
    queryFn: ({ pageParam }) =>
      getOneToOnes(orgSlug, { page_size: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => cursorOf(page.next),
  });
}

export function useOneToOnes(orgSlug: string) {
  return useInfiniteQuery(oneToOnesQueryOptions(orgSlug));
}
