import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type MeetingSlip = components["schemas"]["MeetingSlip"];

// GET /api/v1/orgs/{org_slug}/meetings/{meeting_id}/slips (`attendance:read` in the chapter):
// the slips of the meeting's weekly report, oldest first, without referral contact details.
export function getMeetingSlips(orgSlug: string, meetingId: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/meetings/{meeting_id}/slips", {
      params: { path: { org_slug: orgSlug, meeting_id: meetingId } },
    }),
  );
}

export function meetingSlipsQueryOptions(orgSlug: string, meetingId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "meetings", "slips", meetingId),
    queryFn: () => getMeetingSlips(orgSlug, meetingId),
  });
}

export function useMeetingSlips(orgSlug: string, meetingId: string, enabled = true) {
  return useQuery({ ...meetingSlipsQueryOptions(orgSlug, meetingId), enabled });
}
