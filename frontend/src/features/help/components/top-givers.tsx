import { Anchor, Group, Stack, Text } from "@mantine/core";
import { Link } from "react-router";

import { paths } from "@/config/paths";

import type { LeaderboardRow } from "../api/get-leaderboard";

import { DashboardSection } from "./dashboard-section";

interface TopGiversProps {
  orgSlug: string;
  chapterId: string;
  rows: readonly LeaderboardRow[];
}

/** Who gave most this month, by score: the members to thank at the meeting. */
export function TopGivers({ orgSlug, chapterId, rows }: TopGiversProps) {
  const chapter = new URLSearchParams({ chapter: chapterId });
  const board = `${paths.organization.leaderboard(orgSlug)}?${chapter.toString()}`;
  return (
    <DashboardSection
      title="Top givers"
      aside={
        <Anchor component={Link} to={board} size="sm">
          Chapter leaderboard
        </Anchor>
      }
    >
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nobody has given help yet this month.
        </Text>
      ) : (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
          {rows.map((row) => (
            <Group key={row.member} component="li" justify="space-between" wrap="nowrap" gap="xs">
              <Group gap="sm" wrap="nowrap" miw={0}>
                <Text fw={700} c="dimmed" w={20} ta="right" aria-hidden="true">
                  {row.rank}
                </Text>
                <Stack gap={0} miw={0}>
                  <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                    {row.member_name}
                  </Text>
                  {row.business_name && (
                    <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                      {row.business_name}
                    </Text>
                  )}
                </Stack>
              </Group>
              <Text fw={600} style={{ whiteSpace: "nowrap" }}>
                Score {row.score}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </DashboardSection>
  );
}
