import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type DirectoryMember = components["schemas"]["Member"];
export interface DirectoryParams {
  chapter?: string;
}

const PAGE_SIZE = 100;

// GET /api/v1/orgs/{org_slug}/members/?status=active: the active members, by name, of every
// chapter or of one. Its key sits under `[slug, "members"]`, so any change to a seat refreshes it.
export function getDirectory(orgSlug: string, params: DirectoryParams, cursor?: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/members/", {
      params: {
        path: { org_slug: orgSlug },
        query: { ...params, status: "active", page_size: PAGE_SIZE, cursor },
      },
    }),
  );
}

export function directoryQueryOptions(orgSlug: string, params: DirectoryParams = {}) {
  return infiniteQueryOptions({
    queryKey: orgKey(orgSlug, "members", "directory", params),
    queryFn: ({ pageParam }) => getDirectory(orgSlug, params, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => cursorOf(page.next),
  });
}

export function useDirectory(orgSlug: string, params: DirectoryParams = {}) {
  return useInfiniteQuery(directoryQueryOptions(orgSlug, params));
}
