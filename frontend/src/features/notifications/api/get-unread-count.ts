import { queryOptions, useQuery } from "@tanstack/react-query";

import { orgKey } from "@/lib/query-keys";

import { getNotifications } from "./get-notifications";

/** Past this many the bell says "20+": one small page is enough to count. */
export const UNREAD_CAP = 20;

export interface UnreadCount {
  count: number;
  /** More unread than the page holds. */
  more: boolean;
}

// The first page of unread notifications, counted. Under `[slug, "notifications"]`, so
// marking one read or all of them refreshes the bell.
export async function getUnreadCount(orgSlug: string): Promise<UnreadCount> {
  const page = await getNotifications(orgSlug, { unread: true, page_size: UNREAD_CAP });
  return { count: page.results.length, more: page.next !== null };
}

export function unreadCountQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "notifications", "unread"),
    queryFn: () => getUnreadCount(orgSlug),
    // News arrives while the app stays open: ask every minute, and on coming back to the tab.
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useUnreadCount(orgSlug: string) {
  return useQuery(unreadCountQueryOptions(orgSlug));
}
