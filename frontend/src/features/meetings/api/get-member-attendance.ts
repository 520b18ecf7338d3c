import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type MemberAttendance = components["schemas"]["MemberAttendance"];
export type AttendanceRecord = components["schemas"]["MemberAttendanceRecord"];

// GET /api/v1/orgs/{org_slug}/members/{member_id}/attendance: a seat's attendance in the
// absence window (the last six months by default) with the policy's count. For the member
// themself, or `attendance:read` in the chapter.
export function getMemberAttendance(orgSlug: string, memberId: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/members/{member_id}/attendance", {
      params: { path: { org_slug: orgSlug, member_id: memberId } },
    }),
  );
}

export function memberAttendanceQueryOptions(orgSlug: string, memberId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "attendance", "member", memberId),
    queryFn: () => getMemberAttendance(orgSlug, memberId),
  });
}

export function useMemberAttendance(orgSlug: string, memberId: string) {
  return useQuery(memberAttendanceQueryOptions(orgSlug, memberId));
}
