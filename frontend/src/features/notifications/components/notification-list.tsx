import { Stack, Text } from "@mantine/core";

import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { PageLoader } from "@/components/ui/page-loader";

import { useNotifications } from "../api/get-notifications";

import { NotificationCard } from "./notification-card";

export const EMPTY_NOTIFICATIONS =
  "Nothing new. You will hear here when a member gives you a referral, moves one you gave, " +
  "thanks you, or asks you to confirm a 1-2-1.";

interface NotificationListProps {
  orgSlug: string;
  unreadOnly: boolean;
}

/** The person's notifications, newest first, all or only the unread ones. */
export function NotificationList({ orgSlug, unreadOnly }: NotificationListProps) {
  const list = useNotifications(orgSlug, unreadOnly ? { unread: true } : {});

  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const rows = list.data.pages.flatMap((page) => page.results);
  if (rows.length === 0) {
    return (
      <Text c="dimmed" py="md">
        {EMPTY_NOTIFICATIONS}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {rows.map((notification) => (
        <NotificationCard key={notification.id} orgSlug={orgSlug} notification={notification} />
      ))}
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}
