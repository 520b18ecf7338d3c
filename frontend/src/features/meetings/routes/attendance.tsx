// Attendance of one meeting (PALMS). For the vice president at the meeting, on a phone: the
// whole roster starts as recorded, present by default; they tap the few who are absent, late,
// on medical leave or sent a substitute, and save once, in under 30 seconds for 40 members.
import { Alert, Anchor, Group, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";

import { ErrorState } from "@/components/ui/error-state";
import { Forbidden } from "@/components/ui/forbidden";
import { NotFound } from "@/components/ui/not-found";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { useMembership } from "@/lib/auth/me";
import { canInChapter } from "@/lib/authorization";
import { isForbidden, isNotFound } from "@/lib/errors";

import { useAttendance } from "../api/get-attendance";
import { AttendanceGrid } from "../components/attendance-grid";
import { formatMeetingDay } from "../components/dates";
import { ReportStatusBadge } from "../components/report-status-badge";

export default function AttendanceRoute() {
  const { orgSlug = "", meetingId = "" } = useParams();
  const membership = useMembership(orgSlug);
  const attendance = useAttendance(orgSlug, meetingId);

  // The grid starts from what is recorded now, never from an older copy.
  if (!membership || attendance.isPending || !attendance.isFetchedAfterMount) {
    return <PageLoader />;
  }
  if (attendance.isError) {
    if (isNotFound(attendance.error)) return <NotFound />;
    if (isForbidden(attendance.error)) return <Forbidden />;
    return <ErrorState error={attendance.error} onRetry={() => void attendance.refetch()} />;
  }

  const { meeting, entries } = attendance.data;
  const off = meeting.report_status === "holiday" || meeting.report_status === "discarded";
  const canEdit = !off && canInChapter(membership, meeting.chapter, "meetings:write");

  return (
    <Stack gap="md" maw={720}>
      <Stack gap={6}>
        <Anchor component={Link} to={paths.organization.meeting(orgSlug, meeting.id)} size="sm">
          Back to the meeting
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={1}>Attendance</Title>
          <ReportStatusBadge status={meeting.report_status} />
        </Group>
        <Text c="dimmed">{formatMeetingDay(meeting.date)}</Text>
        {canEdit && entries.every((line) => !line.recorded) && (
          <Text size="sm">Nothing saved yet: everyone is present until you mark them otherwise.</Text>
        )}
      </Stack>
      {off && (
        <Alert color="gray" variant="light">
          This meeting did not take place ({meeting.report_status}): no attendance is taken.
          Restore its report from the meeting page to take it.
        </Alert>
      )}
      {meeting.report_status === "completed" && canEdit && (
        <Alert color="yellow" variant="light">
          The report is completed and locked. A change is a correction: give its reason before
          saving.
        </Alert>
      )}
      <AttendanceGrid orgSlug={orgSlug} attendance={attendance.data} canEdit={canEdit} />
    </Stack>
  );
}
