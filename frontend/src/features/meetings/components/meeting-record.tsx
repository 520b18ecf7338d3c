import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

import { ErrorState } from "@/components/ui/error-state";
import { PageLoader } from "@/components/ui/page-loader";
import { StatusBadge } from "@/components/ui/status-badge";

import { useAttendance } from "../api/get-attendance";
import type { MeetingSlip } from "../api/get-meeting-slips";
import { useMeetingSlips } from "../api/get-meeting-slips";
import type { MeetingVisitor } from "../api/get-meeting-visitors";
import { useMeetingVisitors } from "../api/get-meeting-visitors";

import { describeCounts } from "./attendance-status";
import { AttendanceStatusBadge } from "./attendance-status-badge";

const SLIP_KINDS: Record<MeetingSlip["kind"], string> = {
  referral: "Referral",
  thank_you: "Thank-you",
  one_to_one: "1-2-1",
  education_credit: "Education",
  testimonial: "Testimonial",
  other_help: "Other help",
};

interface MeetingRecordProps {
  orgSlug: string;
  meetingId: string;
  /** Whether the reader may see the chapter's visitors (`visitors:read` there). */
  canSeeVisitors: boolean;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Line({ children, end }: { children: ReactNode; end?: ReactNode }) {
  return (
    <Group
      role="listitem"
      justify="space-between"
      wrap="nowrap"
      gap="xs"
      py={8}
      style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}
    >
      <Stack gap={0} miw={0}>
        {children}
      </Stack>
      {end}
    </Group>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

function visitAttended(visitor: MeetingVisitor, meetingId: string) {
  const visit = visitor.visits.find((entry) => entry.meeting === meetingId);
  if (visit?.attended === true) return <StatusBadge label="Attended" color="green" />;
  if (visit?.attended === false) return <StatusBadge label="Did not come" color="red" />;
  return <StatusBadge label="Not marked" color="gray" />;
}

/** What a meeting that took place holds: who came, the slips of its week, its visitors. */
export function MeetingRecord({ orgSlug, meetingId, canSeeVisitors }: MeetingRecordProps) {
  const attendance = useAttendance(orgSlug, meetingId);
  const slips = useMeetingSlips(orgSlug, meetingId);
  const visitors = useMeetingVisitors(orgSlug, meetingId, canSeeVisitors);

  return (
    <Stack gap="lg">
      <Section title="Attendance">
        {attendance.isPending ? (
          <PageLoader />
        ) : attendance.isError ? (
          <ErrorState error={attendance.error} onRetry={() => void attendance.refetch()} />
        ) : (
          <>
            <Text size="sm">
              {describeCounts(attendance.data.entries.map((entry) => entry.status))}
            </Text>
            <Stack gap={0} role="list" aria-label="Attendance">
              {attendance.data.entries.map((entry) => (
                <Line
                  key={entry.member.id}
                  end={<AttendanceStatusBadge status={entry.status} />}
                >
                  <Text size="sm" fw={500}>
                    {entry.member.name}
                  </Text>
                  {entry.status === "substitute" && entry.substitute_name && (
                    <Text size="xs" c="dimmed">
                      Substitute: {entry.substitute_name}
                    </Text>
                  )}
                </Line>
              ))}
            </Stack>
          </>
        )}
      </Section>
      <Section title="Slips">
        {slips.isPending ? (
          <PageLoader />
        ) : slips.isError ? (
          <ErrorState error={slips.error} onRetry={() => void slips.refetch()} />
        ) : slips.data.slips.length === 0 ? (
          <Empty>No slips in this meeting&apos;s week.</Empty>
        ) : (
          <Stack gap={0} role="list" aria-label="Slips">
            {slips.data.slips.map((slip) => (
              <Line key={`${slip.kind}-${slip.id}`} end={<Text size="sm">{slip.detail}</Text>}>
                <Text size="sm" fw={500}>
                  {SLIP_KINDS[slip.kind]}: {slip.by_name}
                  {slip.to_name ? ` → ${slip.to_name}` : ""}
                </Text>
              </Line>
            ))}
          </Stack>
        )}
      </Section>
      {canSeeVisitors && (
        <Section title="Visitors">
          {visitors.isPending ? (
            <PageLoader />
          ) : visitors.isError ? (
            <ErrorState error={visitors.error} onRetry={() => void visitors.refetch()} />
          ) : visitors.data.length === 0 ? (
            <Empty>No visitors were registered for this meeting.</Empty>
          ) : (
            <Stack gap={0} role="list" aria-label="Visitors">
              {visitors.data.map((visitor) => (
                <Line key={visitor.id} end={visitAttended(visitor, meetingId)}>
                  <Text size="sm" fw={500}>
                    {visitor.name}
                  </Text>
                  {visitor.invited_by_name && (
                    <Text size="xs" c="dimmed">
                      Invited by {visitor.invited_by_name}
                    </Text>
                  )}
                </Line>
              ))}
            </Stack>
          )}
        </Section>
      )}
    </Stack>
  );
}
