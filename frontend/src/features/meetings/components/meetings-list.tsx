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

interface MeetingsListProps {
  orgSlug: string;
  chapterId: string;
}

/** One chapter's upcoming and recent meetings, as cards (a phone never scrolls sideways). */
export function MeetingsList({ orgSlug, chapterId }: MeetingsListProps) {
  const chapter = useChapter(orgSlug, chapterId);
  // The browser's date to ask with, a day wider on each side; the chapter's own to split past
  // from upcoming once it is known. Each section asks the server for its own order, so the
  // next meetings are the first rows whatever the chapter has scheduled ahead.
  const localToday = todayIn();
  const next = useMeetings(orgSlug, {
    chapter: chapterId,
    date_from: addDays(localToday, -1),
    page_size: UPCOMING + 1,
  });
  const recent = useMeetings(orgSlug, {
    chapter: chapterId,
    date_from: addDays(localToday, -PAST_DAYS),
    date_to: addDays(localToday, 1),
    ordering: "-date",
  });

  if (next.isPending || recent.isPending) return <PageLoader />;
  if (next.isError || recent.isError) {
    const failed = next.isError ? next : recent;
    return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  }

  // Each meeting carries its chapter's zone; an empty list falls back to the chapter's.
  const timeZone = next.data[0]?.time_zone ?? recent.data[0]?.time_zone ?? chapter.data?.time_zone;
  const today = timeZone ? todayIn(timeZone) : localToday;
  const upcoming = next.data.filter((meeting) => meeting.date >= today).slice(0, UPCOMING);
  const past = recent.data.filter((meeting) => meeting.date < today);

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
