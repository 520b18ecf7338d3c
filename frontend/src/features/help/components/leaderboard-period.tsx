import {
  Chip,
  Group,
  Input,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TextInput,
} from "@mantine/core";
import { useId } from "react";

import { useIsPhone } from "@/lib/use-is-phone";

import { rangeProblem } from "./leaderboard-choice";
import { isPeriod, PERIOD_OPTIONS, type PeriodChoice } from "./leaderboard-options";

interface LeaderboardPeriodProps {
  period: PeriodChoice;
  from: string;
  to: string;
  onChange: (value: { period: PeriodChoice; from: string; to: string }) => void;
}

/**
 * The period, one tap each; "Custom" adds two days to choose. On a phone the periods wrap onto
 * two lines rather than squeeze or hide.
 */
export function LeaderboardPeriod({ period, from, to, onChange }: LeaderboardPeriodProps) {
  const labelId = useId();
  const name = useId();
  const isPhone = useIsPhone();
  const choose = (value: string) => isPeriod(value) && onChange({ period: value, from, to });
  const control = isPhone ? (
    <Chip.Group value={period} onChange={choose}>
      <Group gap="xs" role="radiogroup" aria-labelledby={labelId}>
        {PERIOD_OPTIONS.map((option) => (
          <Chip key={option.value} value={option.value} name={name}>
            {option.label}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  ) : (
    <SegmentedControl
      aria-labelledby={labelId}
      data={PERIOD_OPTIONS}
      value={period}
      onChange={choose}
      fullWidth
    />
  );
  const reversed = period === "custom" && rangeProblem(from, to) === "reversed";

  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Input.Label id={labelId} labelElement="div">
          Period
        </Input.Label>
        {control}
      </Stack>
      {period === "custom" && (
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            type="date"
            label="From"
            value={from}
            max={to || undefined}
            onChange={(event) => onChange({ period, from: event.currentTarget.value, to })}
          />
          <TextInput
            type="date"
            label="To"
            value={to}
            min={from || undefined}
            error={reversed ? "Must be on or after From." : undefined}
            onChange={(event) => onChange({ period, from, to: event.currentTarget.value })}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
