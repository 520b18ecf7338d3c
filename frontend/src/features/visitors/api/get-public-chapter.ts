import { queryOptions, useQuery } from "@tanstack/react-query";

import { unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

import { publicApi } from "./public-client";

export type PublicChapter = components["schemas"]["PublicChapter"];

// GET /api/v1/public/{org_slug}/chapters/{token}/ (no account): the chapter as its visitor
// link shows it, its next meetings and its members' names. 404 for an unknown or old link.
export function getPublicChapter(orgSlug: string, token: string) {
  return unwrap(
    publicApi.GET("/api/v1/public/{org_slug}/chapters/{token}/", {
      params: { path: { org_slug: orgSlug, token } },
    }),
  );
}

export function publicChapterQueryOptions(orgSlug: string, token: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "public-chapter", token),
    queryFn: () => getPublicChapter(orgSlug, token),
  });
}

export function usePublicChapter(orgSlug: string, token: string) {
  return useQuery(publicChapterQueryOptions(orgSlug, token));
}
