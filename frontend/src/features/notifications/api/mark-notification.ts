import { type InfiniteData, useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { orgKey } from "@/lib/query-keys";

import { type Notification, notificationsKey } from "./get-notifications";

type NotificationPages = InfiniteData<{ results: Notification[] }>;

// PATCH /api/v1/orgs/{org_slug}/notifications/{notification_id}/ {read}: the person's own
// notification marked read or unread.
export function markNotification(orgSlug: string, notificationId: string, read: boolean) {
  return unwrap(
    api.PATCH("/api/v1/orgs/{org_slug}/notifications/{notification_id}/", {
      params: { path: { org_slug: orgSlug, notification_id: notificationId } },
      body: { read },
    }),
  );
}

/** Put the answer in every loaded list at once, so the card changes without a wait. */
function replaceInLists(pages: NotificationPages | undefined, notification: Notification) {
  if (!pages) return pages;
  return {
    ...pages,
    pages: pages.pages.map((page) => ({
      ...page,
      results: page.results.map((item) => (item.id === notification.id ? notification : item)),
    })),
  };
}

export function useMarkNotification(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ notificationId, read }: { notificationId: string; read: boolean }) =>
      markNotification(orgSlug, notificationId, read),
    onSuccess: (notification) => {
      queryClient.setQueriesData<NotificationPages>(
        { queryKey: orgKey(orgSlug, "notifications", "list") },
        (pages) => replaceInLists(pages, notification),
      );
    },
    // The bell and the unread list follow.
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey(orgSlug) }),
  });
}
