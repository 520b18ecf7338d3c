import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import type { components, operations } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Application = components["schemas"]["Application"];
export type ApplicationStatus = components["schemas"]["ApplicationStatusEnum"];
type ApplicationsQuery = NonNullable<operations["application_list"]["parameters"]["query"]>;
export type ApplicationsParams = Omit<ApplicationsQuery, "cursor" | "page_size">;

const PAGE_SIZE = 50;

// GET /api/v1/orgs/{org_slug}/applications/?chapter=&status= (`applications:read`). Leaders get
// the applications of the chapters they lead only.
export function getApplications(orgSlug: string, query: ApplicationsQuery) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/applications/", {
      params: { path: { org_slug: orgSlug }, query },
    }),
  );
}

export function applicationsQueryOptions(orgSlug: string, params: ApplicationsParams) {
  return infiniteQueryOptions({
    queryKey: orgKey(orgSlug, "applications", "list", params),
    queryFn: ({ pageParam }) =>
      getApplications(orgSlug, { ...params, page_size: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => cursorOf(page.next),
  });
}

export function useApplications(orgSlug: string, params: ApplicationsParams) {
  return useInfiniteQuery(applicationsQueryOptions(orgSlug, params));
}
