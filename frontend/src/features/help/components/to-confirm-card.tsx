import { Card, Stack, Text, Title } from "@mantine/core";

import type { OneToOne } from "../api/get-one-to-ones";

import { AnswerButtons } from "./answer-buttons";
import { formatDay } from "./dates";
import { MODE_LABELS } from "./one-to-one-labels";

interface ToConfirmCardProps {
  orgSlug: string;
  oneToOne: OneToOne;
  /** The person's own seats: whoever else was met is named. */
  ownMembers: readonly string[];
}

/** A 1-2-1 someone logged with the person: did it happen? */
export function ToConfirmCard({ orgSlug, oneToOne, ownMembers }: ToConfirmCardProps) {
  const day = formatDay(oneToOne.met_on);
  const others = oneToOne.participants.filter(
    (participant) => !ownMembers.includes(participant.member),
  );
  return (
    <Card
      component="article"
      aria-label={`1-2-1 with ${oneToOne.member_name} on ${day}`}
      withBorder
      radius="md"
      padding="md"
    >
      <Stack gap="sm">
        <Stack gap={0}>
          <Title order={3} size="h4" style={{ overflowWrap: "anywhere" }}>
            {oneToOne.member_name}
          </Title>
          <Text size="sm" c="dimmed">
            {day} · {MODE_LABELS[oneToOne.mode]}
            {others.length > 0 &&
              ` · with ${others.map((participant) => participant.member_name).join(" and ")}`}
          </Text>
        </Stack>
        {oneToOne.notes && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {oneToOne.notes}
          </Text>
        )}
        <AnswerButtons orgSlug={orgSlug} oneToOne={oneToOne} />
      </Stack>
    </Card>
  );
}
