import { Card, Group, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";

import { ErrorState } from "@/components/ui/error-state";
import { PageLoader } from "@/components/ui/page-loader";

import {
  type LeaderboardParams,
  type LeaderboardRow,
  useLeaderboard,
} from "../api/get-leaderboard";
import { useCurrency } from "../api/get-organization";

import { formatPeriod } from "./dates";
import { LeaderboardChart } from "./leaderboard-chart";
import { LeaderboardTable } from "./leaderboard-table";
import { formatAmount } from "./money";
import { ScoreHelp } from "./score-help";
import { YourRank } from "./your-rank";

interface LeaderboardBoardProps {
  orgSlug: string;
  params: LeaderboardParams;
  ownMembers: ReadonlySet<string>;
}

/** One board: where the person stands, the top givers as bars, then everyone by rank. */
export function LeaderboardBoard({ orgSlug, params, ownMembers }: LeaderboardBoardProps) {
  const board = useLeaderboard(orgSlug, params);
  const chartTitle = useId();
  const currency = useCurrency(orgSlug);

  if (board.isPending) return <PageLoader />;
  if (board.isError) {
    return <ErrorState error={board.error} onRetry={() => void board.refetch()} />;
  }
  const { rows } = board.data;
  const metric = params.metric ?? "score";
  // A member sees others' thank-you amounts only when the organization's policy shows them.
  const money = (amount: string | null) =>
    amount === null ? "—" : formatAmount(amount, currency);
  const figure = (row: LeaderboardRow) =>
    metric === "thank_you_amount" ? money(row.thank_you_amount) : String(row[metric]);

  return (
    <Stack gap="md" aria-busy={board.isPlaceholderData}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <YourRank rows={rows} ownMembers={ownMembers} />
          {params.period !== "all" && (
            <Text size="sm" c="dimmed">
              {formatPeriod(board.data.period_start, board.data.period_end)}
            </Text>
          )}
        </Stack>
        <ScoreHelp scoring={board.data.scoring} />
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed">No help given in this period yet. Be the first: tap Give.</Text>
      ) : (
        <>
          <Card
            withBorder
            radius="md"
            padding="md"
            component="section"
            aria-labelledby={chartTitle}
          >
            <Title order={2} size="h4" id={chartTitle} mb="sm">
              Top givers
            </Title>
            <LeaderboardChart rows={rows} metric={metric} ownMembers={ownMembers} format={figure} />
          </Card>
          <LeaderboardTable
            rows={rows}
            metric={metric}
            ownMembers={ownMembers}
            formatAmount={money}
          />
        </>
      )}
    </Stack>
  );
}
