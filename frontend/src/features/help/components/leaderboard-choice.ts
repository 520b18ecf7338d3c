import type { LeaderboardMetric, LeaderboardParams } from "../api/get-leaderboard";

import {
  isMetric,
  isPeriod,
  MY_CHAPTER,
  type PeriodChoice,
  regionScope,
  scopeQuery,
  WHOLE_ORGANIZATION,
} from "./leaderboard-options";
import type { Seat } from "./seats";

/** Which board the person looks at. */
export interface LeaderboardChoice {
  period: PeriodChoice;
  /** The first and last days of a custom period ("2026-03-01"), "" until chosen. */
  from: string;
  to: string;
  /** MY_CHAPTER, WHOLE_ORGANIZATION, a region's scope or a chapter's id. */
  scope: string;
  metric: LeaderboardMetric;
}

const DEFAULT_PERIOD = "month";
const DEFAULT_METRIC = "score";
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What keeps a custom period from being asked: a missing day, or an end before the start. */
export function rangeProblem(from: string, to: string): "missing" | "reversed" | null {
  if (!DAY.test(from) || !DAY.test(to)) return "missing";
  return from > to ? "reversed" : null;
}

/** What the board asks the API for; null while a custom period is not complete. */
export function boardParams(
  choice: LeaderboardChoice,
  seats: readonly Seat[],
): LeaderboardParams | null {
  const where = scopeQuery(choice.scope, seats);
  if (choice.period !== "custom") return { period: choice.period, metric: choice.metric, ...where };
  if (rangeProblem(choice.from, choice.to)) return null;
  return { date_from: choice.from, date_to: choice.to, metric: choice.metric, ...where };
}

/**
 * The board a link names (`?period=quarter&region=…&metric=referrals`), what it leaves out
 * being the person's usual board: this month, their chapter (`defaultScope`), by score.
 */
export function choiceFromSearch(search: URLSearchParams, defaultScope: string): LeaderboardChoice {
  const period = search.get("period");
  const metric = search.get("metric");
  const region = search.get("region");
  const chapter = search.get("chapter");
  const scope = search.get("scope");
  let where = defaultScope;
  if (region) where = regionScope(region);
  else if (chapter) where = chapter;
  // "My chapter" is nobody's for someone without a seat.
  else if (scope === WHOLE_ORGANIZATION || (scope === MY_CHAPTER && defaultScope === MY_CHAPTER)) {
    where = scope;
  }
  return {
    period: isPeriod(period) ? period : DEFAULT_PERIOD,
    from: search.get("from") ?? "",
    to: search.get("to") ?? "",
    scope: where,
    metric: isMetric(metric) ? metric : DEFAULT_METRIC,
  };
}

/** The link of a board: only what differs from the usual one. */
export function searchFromChoice(choice: LeaderboardChoice, defaultScope: string): URLSearchParams {
  const search = new URLSearchParams();
  if (choice.period !== DEFAULT_PERIOD) search.set("period", choice.period);
  if (choice.period === "custom") {
    if (choice.from) search.set("from", choice.from);
    if (choice.to) search.set("to", choice.to);
  }
  if (choice.scope !== defaultScope) {
    const { chapter, region } = scopeQuery(choice.scope, []);
    if (region) search.set("region", region);
    else if (chapter) search.set("chapter", chapter);
    else search.set("scope", choice.scope);
  }
  if (choice.metric !== DEFAULT_METRIC) search.set("metric", choice.metric);
  return search;
}
