import { Group, Stack, Text } from "@mantine/core";

import type { AttendanceRecord } from "../api/get-member-attendance";

import { AttendanceStatusBadge } from "./attendance-status-badge";
import { formatMeetingDay } from "./dates";

/** A member's meetings in the window, latest first. */
export function AttendanceRecords({ records }: { records: AttendanceRecord[] }) {
  if (records.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No meetings recorded in this window yet.
      </Text>
    );
  }
  const latestFirst = [...records].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <Stack gap={0} role="list" aria-label="Meetings">
      {latestFirst.map((record) => (
        <Group
          key={record.meeting}
          role="listitem"
          justify="space-between"
          wrap="nowrap"
          gap="xs"
          py={8}
          style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}
        >
          <Stack gap={0} miw={0}>
            <Text size="sm" fw={500}>
              {formatMeetingDay(record.date)}
            </Text>
            {record.status === "substitute" && record.substitute_name && (
              <Text size="xs" c="dimmed" truncate>
                Substitute: {record.substitute_name}
              </Text>
            )}
            {record.report_status === "draft" && (
              <Text size="xs" c="dimmed">
                Report not completed yet
              </Text>
            )}
          </Stack>
          <AttendanceStatusBadge status={record.status} />
        </Group>
      ))}
    </Stack>
  );
}
