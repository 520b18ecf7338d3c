import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import type { components, operations } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Notification = components["schemas"]["Notification"];
type NotificationsQuery = NonNullable<operations["notification_list"]["parameters"]["query"]>;
export type NotificationsParams = Pick<NotificationsQuery, "unread">;

const PAGE_SIZE = 30;

// GET /api/v1/orgs/{org_slug}/notifications/?unread=true: the person's own notifications in
// the organization, newest first. Anyone in the organization; no scope needed.
export function getNotifications(orgSlug: string, query: NotificationsQuery) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/notifications/", {
      params: { path: { org_slug: orgSlug }, query },
    }),
  );
}

/** Every notification query of the organization: a change of one refreshes them all. */
export function notificationsKey(orgSlug: string) {
  return orgKey(orgSlug, "notifications");
}

export function notificationsQueryOptions(orgSlug: string, params: NotificationsParams) {
  return infiniteQueryOptions({
    queryKey: orgKey(orgSlug, "notifications", "list", params),
    queryFn: ({ pageParam }) =>
      getNotifications(orgSlug, { ...params, page_size: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => cursorOf(page.next),
  });
}

export function useNotifications(orgSlug: string, params: NotificationsParams) {
  return useInfiniteQuery(notificationsQueryOptions(orgSlug, params));
}
