import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { orgKey } from "@/lib/query-keys";

import { meetingQueryOptions } from "./get-meeting";

/** The moves of a weekly report, each its own endpoint. */
export type ReportMove = "complete" | "cancel" | "discard" | "restore";

// POST /api/v1/orgs/{org_slug}/meetings/{meeting_id}/complete|cancel|discard|restore with an
// optional note (`meetings:write` in the meeting's chapter). 409 with a `detail` when the report
// is locked or the move is not allowed from its status.
export function changeReportStatus(
  orgSlug: string,
  meetingId: string,
  move: ReportMove,
  note?: string,
) {
  const init = {
    params: { path: { org_slug: orgSlug, meeting_id: meetingId } },
    body: note ? { note } : {},
  };
  switch (move) {
    case "complete":
      return unwrap(api.POST("/api/v1/orgs/{org_slug}/meetings/{meeting_id}/complete", init));
    case "cancel":
      return unwrap(api.POST("/api/v1/orgs/{org_slug}/meetings/{meeting_id}/cancel", init));
    case "discard":
      return unwrap(api.POST("/api/v1/orgs/{org_slug}/meetings/{meeting_id}/discard", init));
    case "restore":
      return unwrap(api.POST("/api/v1/orgs/{org_slug}/meetings/{meeting_id}/restore", init));
  }
}

export function useChangeReportStatus(orgSlug: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ move, note }: { move: ReportMove; note?: string }) =>
      changeReportStatus(orgSlug, meetingId, move, note),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingQueryOptions(orgSlug, meetingId).queryKey, meeting);
    },
    // Refused or not, someone may have moved the report meanwhile: show where it stands. Which
    // meetings count changes members' absence figures too.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "meetings") }),
        queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "attendance") }),
      ]),
  });
}
