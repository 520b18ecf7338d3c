import { Text } from "@mantine/core";

import type { LeaderboardRow } from "../api/get-leaderboard";

interface YourRankProps {
  rows: readonly LeaderboardRow[];
  ownMembers: ReadonlySet<string>;
}

/** Where the person stands on this board, or how to get on it. */
export function YourRank({ rows, ownMembers }: YourRankProps) {
  if (ownMembers.size === 0) return null;
  const mine = rows.filter((row) => ownMembers.has(row.member));
  if (mine.length === 0) {
    return <Text c="dimmed">You are not on this board yet: give help to get on it.</Text>;
  }
  // Members of several chapters see each seat's place.
  const ranks =
    mine.length === 1
      ? String(mine[0]?.rank)
      : mine.map((row) => `${row.rank} (${row.chapter_name})`).join(", ");
  return (
    <Text fw={700} size="lg">
      Your rank: {ranks}
    </Text>
  );
}
