import { ActionIcon, Indicator } from "@mantine/core";
import { Link } from "react-router";

import { paths } from "@/config/paths";

import { useUnreadCount } from "../api/get-unread-count";

import { BellIcon } from "./bell-icon";
import { bellLabel, unreadBadge } from "./bell-label";

/**
 * The bell in the header, on phones too: how many notifications are unread in the
 * organization, a tap from the list of them. Asks again every minute and on coming back.
 */
export function NotificationBell({ orgSlug }: { orgSlug: string }) {
  const unread = useUnreadCount(orgSlug);
  const badge = unreadBadge(unread.data);

  return (
    <Indicator
      label={<span aria-hidden="true">{badge}</span>}
      disabled={!badge}
      size={18}
      offset={6}
      color="red"
      zIndex={1}
    >
      <ActionIcon
        component={Link}
        to={paths.organization.notifications(orgSlug)}
        variant="subtle"
        color="dark"
        radius="xl"
        size="lg"
        aria-label={bellLabel(unread.data)}
      >
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
}
