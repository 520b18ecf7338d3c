import { ActionIcon, List, Popover, Stack, Text } from "@mantine/core";

import type { components } from "@/lib/api/schema";

type Scoring = components["schemas"]["Scoring"];

type Kind = "referrals" | "one_to_ones" | "visitors" | "education" | "testimonials" | "other_help";

const KINDS: [Kind & keyof Scoring, string][] = [
  ["referrals", "each referral given"],
  ["one_to_ones", "each 1-2-1 that counts"],
  ["visitors", "each visitor you invited who came"],
  ["education", "each education credit"],
  ["testimonials", "each testimonial given"],
  ["other_help", "each introduction, lead or tip"],
];

const points = (value: number) => `${value} ${value === 1 ? "point" : "points"}`;

/** How the board's score is made and what its change column means, one tap from the table. */
export function ScoreHelp({ scoring }: { scoring: Scoring }) {
  return (
    <Popover width={320} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon variant="subtle" radius="xl" aria-label="How the score and change work">
          <span aria-hidden="true">?</span>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            How the score is made
          </Text>
          <List size="sm" spacing={2}>
            {KINDS.map(([key, label]) => (
              <List.Item key={key}>
                {points(scoring[key])} for {label}
              </List.Item>
            ))}
            {scoring.thank_you_amounts_counted && (
              <List.Item>
                {points(scoring.per_thousand)} for each 1,000 of thanked business you generated
              </List.Item>
            )}
          </List>
          {!scoring.thank_you_amounts_counted && (
            <Text size="sm">
              This organization keeps thank-you amounts private, so they are not part of this
              score and the board does not rank by them.
            </Text>
          )}
          <Text size="sm">
            Equal figures share a rank: two members tied second are both 2nd, and the next is 4th.
          </Text>
          <Text size="sm" fw={600}>
            Change
          </Text>
          <Text size="sm">
            Places moved since the previous period of the same length: ▲ up, ▼ down, – the same
            place or no rank then.
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
