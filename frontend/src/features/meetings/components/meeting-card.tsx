import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import { Link } from "react-router";

import { paths } from "@/config/paths";

import type { Meeting } from "../api/get-meetings";

import { formatMeetingDay, formatMeetingTime } from "./dates";
import { ReportStatusBadge } from "./report-status-badge";

interface MeetingCardProps {
  orgSlug: string;
  meeting: Meeting;
  isToday: boolean;
}

/** One meeting, the whole card a link to it: a big target for a thumb. */
export function MeetingCard({ orgSlug, meeting, isToday }: MeetingCardProps) {
  return (
    <Card
      component={Link}
      to={paths.organization.meeting(orgSlug, meeting.id)}
      withBorder
      radius="md"
      padding="sm"
    >
      <Group justify="space-between" align="center" wrap="nowrap" gap="xs">
        <Stack gap={0} miw={0}>
          <Group gap={6} wrap="nowrap">
            <Text fw={600} truncate>
              {formatMeetingDay(meeting.date)}
            </Text>
            {isToday && (
              <Badge size="sm" variant="filled" radius="sm" tt="none">
                Today
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {formatMeetingTime(meeting.starts_at, meeting.time_zone)} · {meeting.duration_minutes} minutes
          </Text>
        </Stack>
        <ReportStatusBadge status={meeting.report_status} />
      </Group>
    </Card>
  );
}
