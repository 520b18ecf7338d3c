import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type MeetingVisitor = components["schemas"]["Visitor"];

// A meeting has a handful of guests at most: one page holds them.
const PAGE_SIZE = 100;

// GET /api/v1/orgs/{org_slug}/visitors/?meeting= (`visitors:read`; leaders see their own
// chapters): the guests registered for one meeting, each with their visits.
export async function getMeetingVisitors(
  orgSlug: string,
  meetingId: string,
): Promise<MeetingVisitor[]> {
  const page = await unwrap(
    api.GET("/api/v1/orgs/{org_slug}/visitors/", {
      params: { path: { org_slug: orgSlug }, query: { meeting: meetingId, page_size: PAGE_SIZE } },
    }),
  );
  return page.results;
}

export function meetingVisitorsQueryOptions(orgSlug: string, meetingId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "visitors", "meeting", meetingId),
    queryFn: () => getMeetingVisitors(orgSlug, meetingId),
  });
}

export function useMeetingVisitors(orgSlug: string, meetingId: string, enabled = true) {
  return useQuery({ ...meetingVisitorsQueryOptions(orgSlug, meetingId), enabled });
}
