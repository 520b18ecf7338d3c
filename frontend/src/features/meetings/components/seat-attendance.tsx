import { Card, Stack, Title } from "@mantine/core";

import { ErrorState } from "@/components/ui/error-state";
import { PageLoader } from "@/components/ui/page-loader";
import type { Membership } from "@/lib/auth/me";

import { useMemberAttendance } from "../api/get-member-attendance";

import { AbsenceSummary } from "./absence-summary";
import { AttendanceRecords } from "./attendance-records";

type Seat = Membership["seats"][number];

/** The member's attendance in one chapter where they hold a seat. */
export function SeatAttendance({ orgSlug, seat }: { orgSlug: string; seat: Seat }) {
  const attendance = useMemberAttendance(orgSlug, seat.member);

  let content;
  if (attendance.isPending) {
    content = <PageLoader />;
  } else if (attendance.isError) {
    content = <ErrorState error={attendance.error} onRetry={() => void attendance.refetch()} />;
  } else {
    content = (
      <>
        <AbsenceSummary summary={attendance.data.summary} />
        <AttendanceRecords records={attendance.data.records} />
      </>
    );
  }

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={seat.chapter_name}>
      <Stack gap="md">
        <Title order={2} size="h3">
          {seat.chapter_name}
        </Title>
        {content}
      </Stack>
    </Card>
  );
}
