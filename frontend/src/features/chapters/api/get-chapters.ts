import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Chapter = components["schemas"]["Chapter"];

// GET /api/v1/orgs/{org_slug}/chapters/ (everyone in the organization), by name.
export function getChapters(orgSlug: string, cursor?: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/chapters/", {
      params: { path: { org_slug: orgSlug }, query: { cursor } },
    }),
  );
}

export function chaptersQueryOptions(orgSlug: string) {
  return infiniteQueryOptions({
    queryKey: orgKey(orgSlug, "chapters", "list"),
    queryFn: ({ pageParam }) => getChapters(orgSlug, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => cursorOf(page.next),
  });
}

export function useChapters(orgSlug: string) {
  return useInfiniteQuery(chaptersQueryOptions(orgSlug));
}
