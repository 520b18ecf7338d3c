import { Group, Text, VisuallyHidden } from "@mantine/core";

import { HelpStat } from "./help-stat";

interface MonthStatProps {
  label: string;
  thisMonth: number;
  lastMonth: number;
  /** How a figure reads: a count, or an amount in the organization's currency. */
  format?: (value: number) => string;
}

/** This month's figure, last month's under it, and the difference as an arrow and in words. */
export function MonthStat({ label, thisMonth, lastMonth, format = String }: MonthStatProps) {
  return (
    <HelpStat label={label} value={format(thisMonth)}>
      <Group gap="xs" mt={4} wrap="wrap">
        <Text size="sm" c="dimmed">
          Last month {format(lastMonth)}
        </Text>
        <MonthChange difference={thisMonth - lastMonth} format={format} />
      </Group>
    </HelpStat>
  );
}

interface MonthChangeProps {
  difference: number;
  format: (value: number) => string;
}

function MonthChange({ difference, format }: MonthChangeProps) {
  if (difference === 0) {
    return (
      <Text span size="sm" c="dimmed">
        Same as last month
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
        {up ? "Up" : "Down"} {amount} on last month
      </VisuallyHidden>
    </Text>
  );
}
