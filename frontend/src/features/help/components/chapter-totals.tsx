import { SimpleGrid } from "@mantine/core";

import type { ChapterTotals as Totals } from "../api/get-chapter-dashboard";

import { formatAmount, toMoney } from "./money";
import { type ComparedWith, MonthStat } from "./month-stat";

interface Figure {
  label: string;
  read: (totals: Totals) => number;
  /** An amount in the organization's currency, not a count. */
  money?: boolean;
}

const FIGURES: Figure[] = [
  { label: "Score", read: (totals) => totals.score },
  { label: "Referrals", read: (totals) => totals.referrals },
  { label: "Thank-you amount", read: (totals) => Number(totals.thank_you_amount), money: true },
  { label: "1-2-1s", read: (totals) => totals.one_to_ones },
  { label: "Visitors", read: (totals) => totals.visitors },
  { label: "Education", read: (totals) => totals.education },
  { label: "Testimonials", read: (totals) => totals.testimonials },
  { label: "Other help", read: (totals) => totals.other_help },
];

interface ChapterTotalsProps {
  thisMonth: Totals;
  lastMonth: Totals;
  compared: ComparedWith;
  currency: string | undefined;
}

/** The chapter's help this month, each figure against last month's. */
export function ChapterTotals({ thisMonth, lastMonth, compared, currency }: ChapterTotalsProps) {
  const money = (value: number) => formatAmount(toMoney(value), currency);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      {FIGURES.map((figure) => (
        <MonthStat
          key={figure.label}
          label={figure.label}
          thisMonth={figure.read(thisMonth)}
          lastMonth={figure.read(lastMonth)}
          compared={compared}
          format={figure.money ? money : undefined}
        />
      ))}
    </SimpleGrid>
  );
}
