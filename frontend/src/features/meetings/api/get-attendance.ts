import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type MeetingAttendance = components["schemas"]["MeetingAttendance"];
export type AttendanceLine = components["schemas"]["AttendanceLine"];
export type AttendanceStatus = components["schemas"]["AttendanceStatusEnum"];

// GET /api/v1/orgs/{org_slug}/meetings/{meeting_id}/attendance/ (`attendance:read` in the
// chapter): the meeting and its whole roster, each line present until recorded otherwise.
export function getAttendance(orgSlug: string, meetingId: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/meetings/{meeting_id}/attendance/", {
      params: { path: { org_slug: orgSlug, meeting_id: meetingId } },
    }),
  );
}

export function attendanceQueryOptions(orgSlug: string, meetingId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "attendance", "meeting", meetingId),
    queryFn: () => getAttendance(orgSlug, meetingId),
  });
}

/** Always asked afresh on opening: another leader may have saved since. */
export function useAttendance(orgSlug: string, meetingId: string) {
  return useQuery({ ...attendanceQueryOptions(orgSlug, meetingId), refetchOnMount: "always" });
}
