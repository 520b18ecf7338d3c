import type { Chapter } from "@/lib/lookups/chapters";
import type { Choice } from "@/lib/lookups/choices";
import type { Region } from "@/lib/lookups/regions";

import type { LeaderboardMetric, LeaderboardPeriod, LeaderboardRow } from "../api/get-leaderboard";

import type { Seat } from "./seats";

/** A named period, or two dates of the person's choosing. */
export type PeriodChoice = LeaderboardPeriod | "custom";

export const PERIOD_OPTIONS: { value: PeriodChoice; label: string }[] = [
  { value: "week", label: "Week" },
  { value: "month", label: "Month" },
  { value: "quarter", label: "Quarter" },
  { value: "half", label: "Half year" },
  { value: "year", label: "Year" },
  { value: "all", label: "All" },
  { value: "custom", label: "Custom" },
];

export function isPeriod(value: string | null): value is PeriodChoice {
  return PERIOD_OPTIONS.some((option) => option.value === value);
}

export const METRIC_LABELS: Record<LeaderboardMetric, string> = {
  score: "Score",
  referrals: "Referrals",
  thank_you_amount: "Thank-you amount",
  one_to_ones: "1-2-1s",
  visitors: "Visitors",
  education: "Education",
  testimonials: "Testimonials",
  other_help: "Other help",
};

export const METRIC_OPTIONS = (Object.keys(METRIC_LABELS) as LeaderboardMetric[]).map(
  (value) => ({ value, label: METRIC_LABELS[value] }),
);

export function isMetric(value: string | null): value is LeaderboardMetric {
  return value !== null && value in METRIC_LABELS;
}

/** The scopes that are not one chapter's id. */
export const MY_CHAPTER = "mine";
export const WHOLE_ORGANIZATION = "organization";
const REGION = "region:";

/** The scope of one region: its id, marked apart from the chapters' ids. */
export function regionScope(regionId: string): string {
  return `${REGION}${regionId}`;
}

/**
 * "My chapter" first for members, then the whole organization, each region, then every
 * chapter.
 */
export function scopeOptions(
  seats: readonly Seat[],
  chapters: readonly Chapter[],
  regions: readonly Region[] = [],
): Choice[] {
  return [
    ...(seats.length > 0 ? [{ value: MY_CHAPTER, label: "My chapter" }] : []),
    { value: WHOLE_ORGANIZATION, label: "Whole organization" },
    ...regions.map((region) => ({
      value: regionScope(region.id),
      label: `Region: ${region.name}`,
    })),
    ...chapters.map((chapter) => ({ value: chapter.id, label: chapter.name })),
  ];
}

/** The chapter or region a scope asks the board for; neither for the whole organization. */
export function scopeQuery(
  scope: string,
  seats: readonly Seat[],
): { chapter?: string; region?: string } {
  if (scope === WHOLE_ORGANIZATION) return {};
  if (scope.startsWith(REGION)) return { region: scope.slice(REGION.length) };
  const chapter = scope === MY_CHAPTER ? seats[0]?.chapter : scope;
  return chapter ? { chapter } : {};
}

/** The row's figure for the metric, as a number to draw. */
export function metricValue(row: LeaderboardRow, metric: LeaderboardMetric): number {
  if (metric === "thank_you_amount") return Number(row.thank_you_amount);
  return row[metric];
}
