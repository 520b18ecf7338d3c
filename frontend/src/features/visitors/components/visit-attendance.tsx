import { Badge, Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";

import { todayIn } from "@/lib/calendar";
import { errorMessage } from "@/lib/errors";

import type { Visit } from "../api/get-visitors";
import { useUpdateVisit } from "../api/update-visit";

import { formatDay } from "./dates";

interface VisitAttendanceProps {
  orgSlug: string;
  visitorId: string;
  visit: Visit;
  canEdit: boolean;
}

const ANSWERS = { true: "Came", false: "Did not come" } as const;

/**
 * One visit and whether the visitor came. Pressing the chosen answer again clears it (not
 * known yet); a missed visit does not count towards the visit limit.
 */
export function VisitAttendance({ orgSlug, visitorId, visit, canEdit }: VisitAttendanceProps) {
  const mark = useUpdateVisit(orgSlug, visitorId);
  const day = formatDay(visit.date);
  const upcoming = visit.date > todayIn();

  const answer = (attended: boolean) =>
    mark.mutate(
      { visitId: visit.id, attended: visit.attended === attended ? null : attended },
      {
        onError: (error) =>
          notifications.show({ color: "red", title: "Not saved", message: errorMessage(error) }),
      },
    );

  let state;
  if (upcoming) {
    state = (
      <Badge variant="light" color="blue" radius="sm" tt="none">
        Upcoming
      </Badge>
    );
  } else if (canEdit) {
    state = (
      <Group gap={6} wrap="nowrap">
        {([true, false] as const).map((attended) => (
          <Button
            key={String(attended)}
            size="compact-sm"
            variant={visit.attended === attended ? "filled" : "default"}
            color={attended ? "green" : "red"}
            aria-pressed={visit.attended === attended}
            disabled={mark.isPending}
            onClick={() => answer(attended)}
          >
            {ANSWERS[`${attended}`]}
          </Button>
        ))}
      </Group>
    );
  } else {
    state = (
      <Text size="sm" c="dimmed">
        {visit.attended === null ? "Not recorded" : ANSWERS[`${visit.attended}`]}
      </Text>
    );
  }

  return (
    <Group role="group" aria-label={`Visit on ${day}`} justify="space-between" gap="xs">
      <Text size="sm">{day}</Text>
      {state}
    </Group>
  );
}
