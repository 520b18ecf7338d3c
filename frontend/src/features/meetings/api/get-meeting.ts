import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { orgKey } from "@/lib/query-keys";

// GET /api/v1/orgs/{org_slug}/meetings/{meeting_id}/ (everyone; 404 for another organization's).
export function getMeeting(orgSlug: string, meetingId: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/meetings/{meeting_id}/", {
      params: { path: { org_slug: orgSlug, meeting_id: meetingId } },
    }),
  );
}

export function meetingQueryOptions(orgSlug: string, meetingId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "meetings", "detail", meetingId),
    queryFn: () => getMeeting(orgSlug, meetingId),
  });
}

export function useMeeting(orgSlug: string, meetingId: string) {
  return useQuery(meetingQueryOptions(orgSlug, meetingId));
}
