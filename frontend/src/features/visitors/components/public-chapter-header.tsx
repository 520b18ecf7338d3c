import { Stack, Text, Title } from "@mantine/core";

import type { PublicChapter } from "../api/get-public-chapter";

import { describeScheduleForGuests } from "./schedule";

/** Who the guest is visiting, when the chapter meets and where. */
export function PublicChapterHeader({ chapter }: { chapter: PublicChapter }) {
  return (
    <Stack gap={4}>
      <Text c="dimmed" fw={600} size="sm">
        {chapter.organization_name}
      </Text>
      <Title order={1} size="h2">
        {chapter.name}
      </Title>
      <Text>{describeScheduleForGuests(chapter)}</Text>
      <Text size="sm" c="dimmed">
        {chapter.meeting_duration_minutes} minutes · times in {chapter.time_zone}
      </Text>
      {chapter.meeting_place && <Text size="sm">{chapter.meeting_place}</Text>}
    </Stack>
  );
}
