import { Card, Group, Stack, Text, Title } from "@mantine/core";

import { StatusBadge } from "@/components/ui/status-badge";

import type { OneToOne } from "../api/get-one-to-ones";

import { formatDay } from "./dates";
import { OneToOneActions } from "./one-to-one-actions";
import {
  ANSWER_COLORS,
  ANSWER_LABELS,
  countedState,
  MODE_LABELS,
  peopleMet,
} from "./one-to-one-labels";

interface OneToOneCardProps {
  orgSlug: string;
  oneToOne: OneToOne;
  /** Whether the person logged it or leads its chapter, and so may fix or withdraw it. */
  canChange: boolean;
  /** Whether the person leads its chapter: they may correct a completed week. */
  leader: boolean;
}

/** A 1-2-1: who met whom, when and how, whether it counts, and each answer. */
export function OneToOneCard({ orgSlug, oneToOne, canChange, leader }: OneToOneCardProps) {
  const day = formatDay(oneToOne.met_on);
  const who = `${oneToOne.member_name} met ${peopleMet(oneToOne)}`;
  const state = countedState(oneToOne);
  return (
    <Card component="article" aria-label={`${who} on ${day}`} withBorder radius="md" padding="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={0} miw={0}>
            <Title order={3} size="h5" style={{ overflowWrap: "anywhere" }}>
              {who}
            </Title>
            <Text size="sm" c="dimmed">
              {day} · {MODE_LABELS[oneToOne.mode]}
            </Text>
          </Stack>
          <Group gap={4} wrap="nowrap">
            <StatusBadge label={state.label} color={state.color} />
            {canChange && (
              <OneToOneActions orgSlug={orgSlug} oneToOne={oneToOne} leader={leader} />
            )}
          </Group>
        </Group>
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {oneToOne.participants.map((participant) => (
            <Group key={participant.id} component="li" gap="xs" wrap="nowrap">
              <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                {participant.member_name}
              </Text>
              <StatusBadge
                label={ANSWER_LABELS[participant.answer]}
                color={ANSWER_COLORS[participant.answer]}
              />
            </Group>
          ))}
        </Stack>
        {oneToOne.notes && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {oneToOne.notes}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
