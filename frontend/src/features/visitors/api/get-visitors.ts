import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import type { components, operations } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Visitor = components["schemas"]["Visitor"];
export type Visit = components["schemas"]["Visit"];
export type VisitorStatus = components["schemas"]["VisitorStatusEnum"];
type VisitorsQuery = NonNullable<operations["visitor_list"]["parameters"]["query"]>;
export type VisitorsParams = Omit<VisitorsQuery, "cursor" | "page_size">;

const PAGE_SIZE = 50;

// GET /api/v1/orgs/{org_slug}/visitors/?chapter=&status=&meeting=, newest first. Leaders get
// the visitors of the chapters they lead only.
export function getVisitors(orgSlug: string, query: VisitorsQuery) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/visitors/", {
      params: { path: { org_slug: orgSlug }, query },
    }),
  );
}

export function visitorsQueryOptions(orgSlug: string, params: VisitorsParams) {
  return infiniteQueryOptions({
    queryKey: orgKey(orgSlug, "visitors", "list", params),
    queryFn: ({ pageParam }) =>
      getVisitors(orgSlug, { ...params, page_size: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => cursorOf(page.next),
  });
}

export function useVisitors(orgSlug: string, params: VisitorsParams) {
  return useInfiniteQuery(visitorsQueryOptions(orgSlug, params));
}
