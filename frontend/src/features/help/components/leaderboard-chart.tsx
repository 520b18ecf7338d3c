import { Group, Progress, Stack, Text } from "@mantine/core";

import type { LeaderboardMetric, LeaderboardRow } from "../api/get-leaderboard";

import { METRIC_LABELS, metricValue } from "./leaderboard-options";

const TOP = 10;

interface LeaderboardChartProps {
  rows: readonly LeaderboardRow[];
  metric: LeaderboardMetric;
  ownMembers: ReadonlySet<string>;
  /** The figure as it is read: a count, or an amount in the organization's currency. */
  format: (row: LeaderboardRow) => string;
}

/** The top givers as bars: who gives most, at a glance. */
export function LeaderboardChart({ rows, metric, ownMembers, format }: LeaderboardChartProps) {
  const top = rows.slice(0, TOP);
  const max = Math.max(0, ...top.map((row) => metricValue(row, metric)));
  return (
    <Stack
      component="ol"
      gap={8}
      aria-label={`Top ${top.length} by ${METRIC_LABELS[metric].toLowerCase()}`}
      style={{ listStyle: "none", margin: 0, padding: 0 }}
    >
      {top.map((row) => {
        const own = ownMembers.has(row.member);
        const share = max > 0 ? (metricValue(row, metric) / max) * 100 : 0;
        return (
          <li key={row.member}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" fw={own ? 700 : 500} truncate>
                {row.rank}. {row.member_name}
              </Text>
              <Text size="sm" fw={600} style={{ whiteSpace: "nowrap" }}>
                {format(row)}
              </Text>
            </Group>
            <Progress
              aria-hidden="true"
              value={share}
              size="lg"
              radius="sm"
              color={own ? "indigo.7" : "indigo.3"}
            />
          </li>
        );
      })}
    </Stack>
  );
}
