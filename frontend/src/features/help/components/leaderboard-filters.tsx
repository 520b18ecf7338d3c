import { SimpleGrid, Stack } from "@mantine/core";

import { Select } from "@/components/ui/select";
import type { Choice } from "@/lib/lookups/choices";

import type { LeaderboardChoice } from "./leaderboard-choice";
import { isMetric, METRIC_OPTIONS } from "./leaderboard-options";
import { LeaderboardPeriod } from "./leaderboard-period";

interface LeaderboardFiltersProps {
  value: LeaderboardChoice;
  onChange: (value: LeaderboardChoice) => void;
  scopes: Choice[];
}

/** Which board: the period, whose chapter or region, and what it ranks by. */
export function LeaderboardFilters({ value, onChange, scopes }: LeaderboardFiltersProps) {
  return (
    <Stack gap="sm">
      <LeaderboardPeriod
        period={value.period}
        from={value.from}
        to={value.to}
        onChange={(period) => onChange({ ...value, ...period })}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
        <Select
          label="Chapter"
          data={scopes}
          value={value.scope}
          onChange={(scope) => scope && onChange({ ...value, scope })}
          allowDeselect={false}
          searchable={scopes.length > 8}
          nothingFoundMessage="No such chapter or region"
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
