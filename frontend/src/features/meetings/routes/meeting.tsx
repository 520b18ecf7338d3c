// One meeting and its weekly report. For the chapter's leaders and staff: start taking
// attendance (one tap from here), then complete the report after the meeting so it locks; or
// cancel a meeting that does not take place. Everyone else sees where the report stands.
import { Anchor, Group, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";

import { ErrorState } from "@/components/ui/error-state";
import { NotFound } from "@/components/ui/not-found";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { useMembership } from "@/lib/auth/me";
import { canInChapter } from "@/lib/authorization";
import { isNotFound } from "@/lib/errors";

import { useChapter } from "../api/get-chapter";
import { useMeeting } from "../api/get-meeting";
import { formatMeetingDayLong, formatMeetingTime } from "../components/dates";
import { MeetingActions } from "../components/meeting-actions";
import { MeetingRecord } from "../components/meeting-record";
import { ReportStatusBadge } from "../components/report-status-badge";

export default function MeetingRoute() {
  const { orgSlug = "", meetingId = "" } = useParams();
  const membership = useMembership(orgSlug);
  const meeting = useMeeting(orgSlug, meetingId);
  const chapter = useChapter(orgSlug, meeting.data?.chapter);

  if (!membership || meeting.isPending) return <PageLoader />;
  if (meeting.isError) {
    if (isNotFound(meeting.error)) return <NotFound />;
    return <ErrorState error={meeting.error} onRetry={() => void meeting.refetch()} />;
  }

  const { data } = meeting;
  const canRun = canInChapter(membership, data.chapter, "meetings:write");
  // Once the meeting has taken place its page shows what happened at it, to those who read the
  // chapter's attendance.
  const held = data.report_status === "completed" || data.has_started;
  const showRecord =
    held &&
    data.report_status !== "holiday" &&
    canInChapter(membership, data.chapter, "attendance:read");
  const details = [
    chapter.data?.name,
    formatMeetingTime(data.starts_at, data.time_zone),
    `${data.duration_minutes} minutes`,
  ].filter(Boolean);

  return (
    <Stack gap="lg" maw={720}>
      <Stack gap={6}>
        {canRun && (
          <Anchor
            component={Link}
            to={paths.organization.meetings(orgSlug, data.chapter)}
            size="sm"
          >
            All meetings
          </Anchor>
        )}
        <Group gap="sm" align="center">
          <Title order={1}>{formatMeetingDayLong(data.date)}</Title>
          <ReportStatusBadge status={data.report_status} />
        </Group>
        <Text c="dimmed">{details.join(" · ")}</Text>
        {data.note && <Text size="sm">{data.note}</Text>}
      </Stack>
      {canRun && <MeetingActions orgSlug={orgSlug} meeting={data} />}
      {showRecord && (
        <MeetingRecord
          orgSlug={orgSlug}
          meetingId={data.id}
          canSeeVisitors={canInChapter(membership, data.chapter, "visitors:read")}
        />
      )}
    </Stack>
  );
}
