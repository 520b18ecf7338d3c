// A member's own attendance. For any member, on a phone: how many absences they have used in
// the rolling window and how close they are to the limit, and what was recorded for each
// meeting, in about 5 seconds.
import { Stack } from "@mantine/core";
import { useParams } from "react-router";

import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { useMembership } from "@/lib/auth/me";

import { SeatAttendance } from "../components/seat-attendance";

export default function MyAttendanceRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);

  if (!membership) return <PageLoader />;

  return (
    <Stack gap="md" maw={720}>
      <PageHeader title="My attendance" description="Your meetings over the last six months." />
      {membership.seats.length === 0 ? (
        <EmptyState
          title="No seat in a chapter"
          description="Attendance is kept for members of a chapter."
        />
      ) : (
        membership.seats.map((seat) => (
          <SeatAttendance key={seat.member} orgSlug={orgSlug} seat={seat} />
        ))
      )}
    </Stack>
  );
}
