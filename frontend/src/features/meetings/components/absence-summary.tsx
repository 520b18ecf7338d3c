import { Alert, Progress, SimpleGrid, Stack, Text } from "@mantine/core";

import type { MemberAttendance } from "../api/get-member-attendance";

import { ATTENDANCE_STATUS_LABELS, ATTENDANCE_STATUSES } from "./attendance-status";
import { formatMeetingDay } from "./dates";

/** The window's length in months, by calendar: 2025-09-03 to 2026-03-03 is 6. */
function monthsBetween(start: string, end: string): number {
  const [startYear = 0, startMonth = 0] = start.split("-").map(Number);
  const [endYear = 0, endMonth = 0] = end.split("-").map(Number);
  return endYear * 12 + endMonth - (startYear * 12 + startMonth);
}

/** How close a member is to the absence limit, and how they attended in the window. */
export function AbsenceSummary({ summary }: { summary: MemberAttendance["summary"] }) {
  const { counted_absences: used, limit, over_limit: over } = summary;
  // One more absence crosses the limit: worth a warning before it happens.
  const months = monthsBetween(summary.window_start, summary.window_end);
  const color = over ? "red" : used >= limit ? "orange" : "green";

  return (
    <Stack gap="sm">
      <Stack gap={6}>
        <Text fw={700} size="lg" c={over ? "red.8" : undefined}>
          {used} of {limit} absences used in the last {months} months
        </Text>
        <Progress
          value={limit > 0 ? Math.min(100, (used / limit) * 100) : 100}
          color={color}
          aria-label="Absences used"
        />
        <Text size="xs" c="dimmed">
          Meetings after {formatMeetingDay(summary.window_start)} up to{" "}
          {formatMeetingDay(summary.window_end)}. A substitute is not an absence.
        </Text>
      </Stack>
      {over && (
        <Alert color="red" variant="light" title="Over the absence limit">
          The chapter's vice president and membership committee are told. Send a substitute
          when you cannot come.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 3, xs: 5 }} spacing="xs" verticalSpacing="xs">
        {ATTENDANCE_STATUSES.map((status) => (
          <Stack key={status} gap={0} align="center">
            <Text fw={700} size="lg">
              {summary[status]}
            </Text>
            <Text size="xs" c="dimmed">
              {ATTENDANCE_STATUS_LABELS[status]}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
