import { Button } from "@mantine/core";
import { notifications } from "@mantine/notifications";

import { errorMessage } from "@/lib/errors";

import { useUnreadCount } from "../api/get-unread-count";
import { useMarkAllRead } from "../api/mark-all-read";

/** Clears the bell in one tap; greyed out while nothing is unread. */
export function MarkAllReadButton({ orgSlug }: { orgSlug: string }) {
  const unread = useUnreadCount(orgSlug);
  const markAll = useMarkAllRead(orgSlug);
  const nothingUnread = !unread.data || unread.data.count === 0;

  return (
    <Button
      variant="light"
      disabled={nothingUnread}
      loading={markAll.isPending}
      onClick={() =>
        markAll.mutate(undefined, {
          onError: (error) =>
            notifications.show({
              color: "red",
              title: "Not marked",
              message: errorMessage(error),
            }),
        })
      }
    >
      Mark all as read
    </Button>
  );
}
