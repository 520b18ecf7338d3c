// Notifications. For any member of the organization, often on a phone after the bell showed a
// number: the referral passed to them, the thank-you, the 1-2-1 to confirm. They came to see
// what is new and open it, in about 10 seconds.
import { Anchor, Group, Stack } from "@mantine/core";
import { Link, useParams, useSearchParams } from "react-router";

import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/config/paths";

import { MarkAllReadButton } from "../components/mark-all-read-button";
import { NotificationList } from "../components/notification-list";
import { ShowFilter } from "../components/show-filter";

export default function NotificationsRoute() {
  const { orgSlug = "" } = useParams();
  // The filter is in the address, so going back to the page keeps it.
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get("show") === "unread";

  return (
    <Stack gap="md" maw={720}>
      <PageHeader
        title="Notifications"
        description="What members did that concerns you."
        actions={
          <Anchor component={Link} to={paths.organization.notificationSettings(orgSlug)} size="sm">
            Notification settings
          </Anchor>
        }
      />
      <Group justify="space-between" gap="sm">
        <ShowFilter
          unreadOnly={unreadOnly}
          onChange={(value) => setParams(value ? { show: "unread" } : {}, { replace: true })}
        />
        <MarkAllReadButton orgSlug={orgSlug} />
      </Group>
      <NotificationList orgSlug={orgSlug} unreadOnly={unreadOnly} />
    </Stack>
  );
}
