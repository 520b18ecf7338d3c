import type { Chapter } from "@/lib/lookups/chapters";
import type { Choice } from "@/lib/lookups/choices";

import type { LeaderboardMetric, LeaderboardPeriod, LeaderboardRow } from "../api/get-leaderboard";

import type { Seat } from "./seats";

export const PERIOD_OPTIONS: { value: LeaderboardPeriod; label: string }[] = [
  { value: "week", label: "Week" },
  { value: "month", label: "Month" },
  { value: "quarter", label: "Quarter" },
  { value: "year", label: "Year" },
  { value: "all", label: "All" },
];

export const METRIC_LABELS: Record<LeaderboardMetric, string> = {
  score: "Score",
  referrals: "Referrals",
  thank_you_amount: "Thank-you amount",
};

export const METRIC_OPTIONS = (["score", "referrals", "thank_you_amount"] as const).map(
  (value) => ({ value, label: METRIC_LABELS[value] }),
);

export function isMetric(value: string | null): value is LeaderboardMetric {
  return value !== null && value in METRIC_LABELS;
}

/** The scopes that are not one chapter's id. */
export const MY_CHAPTER = "mine";
export const WHOLE_ORGANIZATION = "organization";

/** "My chapter" first for members, then the whole organization, then every chapter. */
export function scopeOptions(seats: readonly Seat[], chapters: readonly Chapter[]): Choice[] {
  return [
    ...(seats.length > 0 ? [{ value: MY_CHAPTER, label: "My chapter" }] : []),
    { value: WHOLE_ORGANIZATION, label: "Whole organization" },
    ...chapters.map((chapter) => ({ value: chapter.id, label: chapter.name })),
  ];
}

/** The chapter a scope asks the board for; none for the whole organization. */
export function scopeChapter(scope: string, seats: readonly Seat[]): string | undefined {
  if (scope === WHOLE_ORGANIZATION) return undefined;
  if (scope === MY_CHAPTER) return seats[0]?.chapter;
  return scope;
}

/** The row's figure for the metric, as a number to draw. */
export function metricValue(row: LeaderboardRow, metric: LeaderboardMetric): number {
  if (metric === "thank_you_amount") return Number(row.thank_you_amount);
  return row[metric];
}
