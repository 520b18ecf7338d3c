import { Stack, Title } from "@mantine/core";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageLoader } from "@/components/ui/page-loader";
import { addDays, todayIn } from "@/lib/calendar";

import { useChapter } from "../api/get-chapter";
import { type Meeting, useMeetings } from "../api/get-meetings";

import { MeetingCard } from "./meeting-card";

// What a leader looks at: the next few meetings, and the recent ones whose reports may still
// be open.
const UPCOMING = 4;
const PAST_DAYS = 56;
const AHEAD_DAYS = 42;

interface MeetingsListProps {
  orgSlug: string;
  chapterId: string;
}

/** One chapter's upcoming and recent meetings, as cards (a phone never scrolls sideways). */
export function MeetingsList({ orgSlug, chapterId }: MeetingsListProps) {
  const chapter = useChapter(orgSlug, chapterId);
  // The browser's date to ask with (a day either way does not matter over weeks); the
  // chapter's own to split past from upcoming once it is known.
  const localToday = todayIn();
  const meetings = useMeetings(orgSlug, {
    chapter: chapterId,
    date_from: addDays(localToday, -PAST_DAYS),
    date_to: addDays(localToday, AHEAD_DAYS),
  });

  if (meetings.isPending) return <PageLoader />;
  if (meetings.isError) {
    return <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />;
  }

  // Each meeting carries its chapter's zone; an empty list falls back to the chapter's.
  const timeZone = meetings.data[0]?.time_zone ?? chapter.data?.time_zone;
  const today = timeZone ? todayIn(timeZone) : localToday;
  const upcoming = meetings.data.filter((meeting) => meeting.date >= today).slice(0, UPCOMING);
  const past = meetings.data.filter((meeting) => meeting.date < today).reverse();

  const section = (title: string, items: Meeting[], empty: string) => (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      {items.length === 0 ? (
        <EmptyState title={empty} description="Meetings follow the chapter's schedule." />
      ) : (
        items.map((meeting) => (
          <MeetingCard
            key={meeting.id}
            orgSlug={orgSlug}
            meeting={meeting}
            isToday={meeting.date === today}
          />
        ))
      )}
    </Stack>
  );

  return (
    <Stack gap="lg">
      {section("Upcoming", upcoming, "No upcoming meetings")}
      {section("Recent", past, "No recent meetings")}
    </Stack>
  );
}
