import { Table, Text } from "@mantine/core";

import { useIsPhone } from "@/lib/use-is-phone";

import type { LeaderboardMetric, LeaderboardRow } from "../api/get-leaderboard";

import { METRIC_LABELS } from "./leaderboard-options";
import { RankChange } from "./rank-change";

interface LeaderboardTableProps {
  rows: readonly LeaderboardRow[];
  metric: LeaderboardMetric;
  ownMembers: ReadonlySet<string>;
  /** Null when the organization shows members thank-you amounts as totals only. */
  formatAmount: (amount: string | null) => string;
}

const USUAL: LeaderboardMetric[] = ["score", "referrals", "thank_you_amount"];

const OWN_ROW = { backgroundColor: "var(--mantine-color-indigo-0)", fontWeight: 700 };

/**
 * The whole ranking, the person's own rows marked, the figure it ranks by marked as the sort. On
 * a phone: the rank, who, that figure and the move, so nothing scrolls sideways.
 */
export function LeaderboardTable(props: LeaderboardTableProps) {
  const { rows, metric, ownMembers, formatAmount } = props;
  const isPhone = useIsPhone();
  const show = (key: LeaderboardMetric, row: LeaderboardRow) =>
    key === "thank_you_amount" ? formatAmount(row.thank_you_amount) : String(row[key]);
  // The usual figures, and the one ranked by when it is another; on a phone only that one.
  const columns: LeaderboardMetric[] = isPhone
    ? [metric]
    : [...new Set<LeaderboardMetric>([...USUAL, metric])];

  return (
    // A narrow tablet scrolls the table, never the page; a phone has columns that fit.
    <Table.ScrollContainer minWidth={isPhone ? 0 : 640}>
      <Table aria-label="Ranking" verticalSpacing="xs" horizontalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Rank</Table.Th>
            <Table.Th>Member</Table.Th>
            {!isPhone && <Table.Th>Business</Table.Th>}
            {!isPhone && <Table.Th>Chapter</Table.Th>}
            {columns.map((key) => (
              <Table.Th
                key={key}
                ta="right"
                aria-sort={key === metric ? "descending" : undefined}
              >
                {METRIC_LABELS[key]}
              </Table.Th>
            ))}
            <Table.Th ta="right">Change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const own = ownMembers.has(row.member);
            return (
              <Table.Tr
                key={row.member}
                aria-current={own ? "true" : undefined}
                style={own ? OWN_ROW : undefined}
              >
                <Table.Td>{row.rank}</Table.Td>
                <Table.Td style={{ overflowWrap: "anywhere" }}>
                  {row.member_name}
                  {isPhone && (
                    <Text size="xs" c="dimmed">
                      {[row.business_name, row.chapter_name].filter(Boolean).join(" · ")}
                    </Text>
                  )}
                </Table.Td>
                {!isPhone && <Table.Td>{row.business_name}</Table.Td>}
                {!isPhone && <Table.Td>{row.chapter_name}</Table.Td>}
                {columns.map((key) => (
                  <Table.Td key={key} ta="right" style={{ whiteSpace: "nowrap" }}>
                    {show(key, row)}
                  </Table.Td>
                ))}
                <Table.Td ta="right">
                  <RankChange change={row.rank_change} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
