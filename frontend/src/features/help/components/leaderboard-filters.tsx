import { SimpleGrid, Stack } from "@mantine/core";

import { Select } from "@/components/ui/select";
import type { Choice } from "@/lib/lookups/choices";

import type { LeaderboardMetric, LeaderboardPeriod } from "../api/get-leaderboard";

import { isMetric, METRIC_OPTIONS, PERIOD_OPTIONS } from "./leaderboard-options";
import { SegmentedField } from "./segmented-field";

export interface LeaderboardChoice {
  period: LeaderboardPeriod;
  /** MY_CHAPTER, WHOLE_ORGANIZATION or a chapter's id. */
  scope: string;
  metric: LeaderboardMetric;
}

interface LeaderboardFiltersProps {
  value: LeaderboardChoice;
  onChange: (value: LeaderboardChoice) => void;
  scopes: Choice[];
}

/** Which board: the period, whose chapter, and what it ranks by. */
export function LeaderboardFilters({ value, onChange, scopes }: LeaderboardFiltersProps) {
  return (
    <Stack gap="sm">
      <SegmentedField
        label="Period"
        data={PERIOD_OPTIONS}
        value={value.period}
        onChange={(period) => onChange({ ...value, period })}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
        <Select
          label="Chapter"
          data={scopes}
          value={value.scope}
          onChange={(scope) => scope && onChange({ ...value, scope })}
          allowDeselect={false}
          searchable={scopes.length > 8}
          nothingFoundMessage="No such chapter"
        />
        <Select
          label="Rank by"
          data={METRIC_OPTIONS}
          value={value.metric}
          onChange={(metric) => isMetric(metric) && onChange({ ...value, metric })}
          allowDeselect={false}
        />
      </SimpleGrid>
    </Stack>
  );
}
