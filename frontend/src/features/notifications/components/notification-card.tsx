import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Link } from "react-router";

import { errorMessage } from "@/lib/errors";
import { formatRelative } from "@/lib/relative-time";

import type { Notification } from "../api/get-notifications";
import { useMarkNotification } from "../api/mark-notification";

import { isAppPath } from "./app-path";

interface NotificationCardProps {
  orgSlug: string;
  notification: Notification;
}

/** One piece of news: what happened, when, where to see it, and read or not. */
export function NotificationCard({ orgSlug, notification }: NotificationCardProps) {
  const mark = useMarkNotification(orgSlug);
  const { id, title, body, link, read, created_at } = notification;

  const markAs = (value: boolean) =>
    mark.mutate(
      { notificationId: id, read: value },
      {
        onError: (error) =>
          notifications.show({ color: "red", title: "Not marked", message: errorMessage(error) }),
      },
    );

  return (
    <Card
      component="article"
      aria-label={title}
      withBorder
      radius="md"
      padding="md"
      bg={read ? undefined : "indigo.0"}
    >
      <Stack gap="xs">
        <Stack gap={2}>
          <Text fw={read ? 500 : 700} style={{ overflowWrap: "anywhere" }}>
            {title}
          </Text>
          {body && (
            <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {body}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            <time dateTime={created_at}>{formatRelative(created_at)}</time>
          </Text>
        </Stack>
        <Group gap="xs">
          {link && isAppPath(link) && (
            <Button
              component={Link}
              to={link}
              size="xs"
              // Opening it is reading it: the mark goes out as the page changes.
              onClick={() => {
                if (!read) markAs(true);
              }}
            >
              Open
            </Button>
          )}
          <Button
            size="xs"
            variant="default"
            loading={mark.isPending}
            onClick={() => markAs(!read)}
          >
            {read ? "Mark as unread" : "Mark as read"}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
