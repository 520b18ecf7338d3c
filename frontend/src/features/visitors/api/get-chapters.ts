import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Chapter = components["schemas"]["Chapter"];

// GET /api/v1/orgs/{org_slug}/chapters/, every page: the chapter filter of the pipeline, the
// chapters staff register visitors for, and each chapter's visitor link. Under `[slug,
// "chapters"]`, so a new or renamed chapter shows.
const PAGE_SIZE = 200;

export async function getVisitorChapters(orgSlug: string): Promise<Chapter[]> {
  const chapters: Chapter[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(
      api.GET("/api/v1/orgs/{org_slug}/chapters/", {
        params: { path: { org_slug: orgSlug }, query: { page_size: PAGE_SIZE, cursor } },
      }),
    );
    chapters.push(...page.results);
    cursor = cursorOf(page.next);
  } while (cursor);
  return chapters;
}

export function visitorChaptersQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "chapters", "visitor-choices"),
    queryFn: () => getVisitorChapters(orgSlug),
  });
}

export function useVisitorChapters(orgSlug: string, { enabled = true } = {}) {
  return useQuery({ ...visitorChaptersQueryOptions(orgSlug), enabled });
}
