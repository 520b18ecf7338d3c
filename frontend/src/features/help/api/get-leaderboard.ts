import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components, operations } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Leaderboard = components["schemas"]["Leaderboard"];
export type LeaderboardRow = components["schemas"]["LeaderboardRow"];
/** The figures a board ranks by. */
export type LeaderboardMetric = components["schemas"]["MetricEnum"];
type LeaderboardQuery = NonNullable<operations["leaderboard_help_given"]["parameters"]["query"]>;
export type LeaderboardPeriod = NonNullable<LeaderboardQuery["period"]>;
/** A named period, or `date_from` and `date_to` (both, inclusive) instead of one. */
export type LeaderboardParams = Pick<
  LeaderboardQuery,
  "period" | "date_from" | "date_to" | "chapter" | "region" | "metric"
>;

// GET /api/v1/orgs/{org_slug}/leaderboards/help-given?period=|date_from=&date_to=&metric=
// &chapter=|region= (`help:read`): members ranked by the help they gave, with their move since
// the previous period. 400 for a range whose end comes before its start.
export function getLeaderboard(orgSlug: string, query: LeaderboardParams) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/leaderboards/help-given", {
      params: { path: { org_slug: orgSlug }, query },
    }),
  );
}

export function leaderboardQueryOptions(orgSlug: string, params: LeaderboardParams) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "leaderboards", "help-given", params),
    queryFn: () => getLeaderboard(orgSlug, params),
  });
}

/** The board keeps showing while another period or scope loads, so nothing jumps. */
export function useLeaderboard(orgSlug: string, params: LeaderboardParams) {
  return useQuery({
    ...leaderboardQueryOptions(orgSlug, params),
    placeholderData: keepPreviousData,
  });
}
