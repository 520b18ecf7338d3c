import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type ChapterDashboard = components["schemas"]["ChapterDashboard"];
export type ChapterTotals = components["schemas"]["ChapterTotals"];
export type QuietMember = components["schemas"]["QuietMember"];
export type OverdueReferral = components["schemas"]["OverdueReferral"];

// GET /api/v1/orgs/{org_slug}/chapters/{chapter_id}/help-dashboard (`help:read`, and
// `members:write` in the chapter: its leaders and the organization's staff; 403 for anyone
// else): this month's help against last month's, the top givers, the members who gave nothing
// yet, the referrals still new past the follow-up window.
export function getChapterDashboard(orgSlug: string, chapterId: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/chapters/{chapter_id}/help-dashboard", {
      params: { path: { org_slug: orgSlug, chapter_id: chapterId } },
    }),
  );
}

export function chapterDashboardQueryOptions(orgSlug: string, chapterId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "help-dashboard", chapterId),
    queryFn: () => getChapterDashboard(orgSlug, chapterId),
  });
}

export function useChapterDashboard(orgSlug: string, chapterId: string) {
  return useQuery(chapterDashboardQueryOptions(orgSlug, chapterId));
}
