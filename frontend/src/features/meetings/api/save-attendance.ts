import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { ApiError } from "@/lib/api/errors";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

import { attendanceQueryOptions } from "./get-attendance";
import { meetingQueryOptions } from "./get-meeting";

export type AttendanceInput = components["schemas"]["AttendanceWriteRequest"];

// PUT /api/v1/orgs/{org_slug}/meetings/{meeting_id}/attendance/ (`meetings:write` in the
// chapter): the whole roster in one write; anyone left out is present. 400 with errors keyed
// `entries[i].status` or `entries[i].substitute_name` (i: the position in `entries`), and
// nothing saved; 409 for a holiday or discarded meeting, or a completed report without a
// `correction_reason`.
export function saveAttendance(orgSlug: string, meetingId: string, body: AttendanceInput) {
  return unwrap(
    api.PUT("/api/v1/orgs/{org_slug}/meetings/{meeting_id}/attendance/", {
      params: { path: { org_slug: orgSlug, meeting_id: meetingId } },
      body,
    }),
  );
}

export function useSaveAttendance(orgSlug: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AttendanceInput) => saveAttendance(orgSlug, meetingId, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(attendanceQueryOptions(orgSlug, meetingId).queryKey, saved);
      queryClient.setQueryData(meetingQueryOptions(orgSlug, meetingId).queryKey, saved.meeting);
      // Members' own figures (absences in the window) change with it.
      await queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "attendance", "member") });
    },
    // A conflict means the report moved meanwhile (completed, cancelled): show where it stands.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({
          queryKey: attendanceQueryOptions(orgSlug, meetingId).queryKey,
        });
      }
    },
  });
}
