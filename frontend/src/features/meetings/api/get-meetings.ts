import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components, operations } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Meeting = components["schemas"]["Meeting"];
export type ReportStatus = components["schemas"]["ReportStatusEnum"];
type MeetingsQuery = NonNullable<operations["meeting_list"]["parameters"]["query"]>;
export type MeetingsParams = Pick<
  MeetingsQuery,
  "chapter" | "date_from" | "date_to" | "ordering" | "page_size"
>;

// A few months of one chapter's meetings fit one page (weekly at most: about 14).
const PAGE_SIZE = 100;

// GET /api/v1/orgs/{org_slug}/meetings/?chapter=&date_from=&date_to=&ordering= (everyone): by
// date, the soonest first, or with `ordering: "-date"` the latest first. The first page only.
export async function getMeetings(orgSlug: string, params: MeetingsParams): Promise<Meeting[]> {
  const page = await unwrap(
    api.GET("/api/v1/orgs/{org_slug}/meetings/", {
      params: { path: { org_slug: orgSlug }, query: { page_size: PAGE_SIZE, ...params } },
    }),
  );
  return page.results;
}

export function meetingsQueryOptions(orgSlug: string, params: MeetingsParams) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "meetings", "list", params),
    queryFn: () => getMeetings(orgSlug, params),
  });
}

export function useMeetings(orgSlug: string, params: MeetingsParams, enabled = true) {
  return useQuery({ ...meetingsQueryOptions(orgSlug, params), enabled });
}
