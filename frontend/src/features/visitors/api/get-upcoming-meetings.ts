import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { todayIn } from "@/lib/calendar";
import { orgKey } from "@/lib/query-keys";


export type Meeting = components["schemas"]["Meeting"];

// Meetings are generated some weeks ahead; a guest picks one of the next few.
const PAGE_SIZE = 20;

// GET /api/v1/orgs/{org_slug}/meetings/?chapter=&date_from=&report_status=draft: the meetings
// a visitor may still be registered for (the server checks again: 400 on `meeting`). Under
// `[slug, "meetings"]`, so a cancelled meeting disappears from the choices.
export async function getUpcomingMeetings(orgSlug: string, chapterId: string, from: string) {
  const page = await unwrap(
    api.GET("/api/v1/orgs/{org_slug}/meetings/", {
      params: {
        path: { org_slug: orgSlug },
        query: {
          chapter: chapterId,
          date_from: from,
          report_status: "draft",
          page_size: PAGE_SIZE,
        },
      },
    }),
  );
  return page.results;
}

export function upcomingMeetingsQueryOptions(orgSlug: string, chapterId: string, from: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "meetings", "upcoming", chapterId, from),
    queryFn: () => getUpcomingMeetings(orgSlug, chapterId, from),
  });
}

/** The chapter's next meetings; nothing is asked until a chapter is chosen. */
export function useUpcomingMeetings(orgSlug: string, chapterId: string | null) {
  return useQuery({
    ...upcomingMeetingsQueryOptions(orgSlug, chapterId ?? "", todayIn()),
    enabled: !!chapterId,
  });
}
