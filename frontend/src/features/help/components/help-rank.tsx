import { Anchor, Button, Group, Paper, Skeleton, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";

import { paths } from "@/config/paths";

import { leaderboardQueryOptions } from "../api/get-leaderboard";

import type { Seat } from "./seats";

interface HelpRankProps {
  orgSlug: string;
  /** The seat whose chapter is ranked. */
  seat: Seat;
  ownMembers: ReadonlySet<string>;
}

/**
 * Where the person stands in their chapter this month, by score: the leaderboard they land on
 * by default, one tap away.
 */
export function HelpRank({ orgSlug, seat, ownMembers }: HelpRankProps) {
  const board = useQuery(
    leaderboardQueryOptions(orgSlug, { period: "month", metric: "score", chapter: seat.chapter }),
  );
  const leaderboard = paths.organization.leaderboard(orgSlug);

  if (board.isPending) {
    return <Skeleton height={76} radius="md" />;
  }
  if (board.isError) {
    return (
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" gap="xs">
          <Text size="sm">Could not load your rank.</Text>
          <Button size="xs" variant="light" onClick={() => void board.refetch()}>
            Try again
          </Button>
        </Group>
      </Paper>
    );
  }
  const { rows } = board.data;
  const mine = rows.find((row) => ownMembers.has(row.member));
  return (
    <Paper withBorder radius="md" p="md">
      {mine ? (
        <>
          <Anchor component={Link} to={leaderboard} fw={700} fz="lg">
            Rank {mine.rank} of {board.data.total} in {seat.chapter_name}
          </Anchor>
          <Text size="sm" c="dimmed" mt={4}>
            Score {mine.score} this month
          </Text>
        </>
      ) : (
        <>
          <Text fw={700} fz="lg">
            No rank yet in {seat.chapter_name} this month
          </Text>
          <Text size="sm" c="dimmed" mt={4}>
            Give help to get on the{" "}
            <Anchor component={Link} to={leaderboard} inherit>
              leaderboard
            </Anchor>
            .
          </Text>
        </>
      )}
    </Paper>
  );
}
