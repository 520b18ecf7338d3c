import { Group, Text, VisuallyHidden } from "@mantine/core";

import { HelpStat } from "./help-stat";

/** The days a month so far is compared with, as the API gives them. */
export interface ComparedWith {
  from: string;
  to: string;
}

const MONTH_DAY = new Intl.DateTimeFormat(undefined, {
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

/** "Feb 1–4": the days of the month before that the figures are held against. */
export function formatComparedDays({ from, to }: ComparedWith): string {
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  if (from === to) return MONTH_DAY.format(start);
  // Always the days of one month: "Feb 1–4".
  return `${MONTH_DAY.format(start)}–${end.getUTCDate()}`;
}

interface MonthStatProps {
  label: string;
  thisMonth: number;
  lastMonth: number;
  /** The days `lastMonth` covers: as many of the month before as this one has had so far. */
  compared: ComparedWith;
  /** How a figure reads: a count, or an amount in the organization's currency. */
  format?: (value: number) => string;
}

/** This month's figure, the same days of last month's under it ("vs Feb 1–4: 3"), and the
 * difference as an arrow and in words. */
export function MonthStat(props: MonthStatProps) {
  const { label, thisMonth, lastMonth, compared, format = String } = props;
  const days = formatComparedDays(compared);
  return (
    <HelpStat label={label} value={format(thisMonth)}>
      <Group gap="xs" mt={4} wrap="wrap">
        <Text size="sm" c="dimmed">
          vs {days}: {format(lastMonth)}
        </Text>
        <MonthChange difference={thisMonth - lastMonth} format={format} days={days} />
      </Group>
    </HelpStat>
  );
}

interface MonthChangeProps {
  difference: number;
  format: (value: number) => string;
  days: string;
}

function MonthChange({ difference, format, days }: MonthChangeProps) {
  if (difference === 0) {
    return (
      <Text span size="sm" c="dimmed">
        Same as {days}
      </Text>
    );
  }
  const up = difference > 0;
  const amount = format(Math.abs(difference));
  return (
    <Text span size="sm" fw={600} c={up ? "green.8" : "red.8"} style={{ whiteSpace: "nowrap" }}>
      <span aria-hidden="true">
        {up ? "▲" : "▼"}
        {amount}
      </span>
      <VisuallyHidden>
        {up ? "Up" : "Down"} {amount} on {days}
      </VisuallyHidden>
    </Text>
  );
}
