import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import type { components, operations } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Referral = components["schemas"]["Referral"];
export type ReferralStatus = components["schemas"]["ReferralStatusEnum"];
export type ReferralTier = components["schemas"]["TierEnum"];
type ReferralsQuery = NonNullable<operations["referral_list"]["parameters"]["query"]>;
export type ReferralsParams = Pick<ReferralsQuery, "direction" | "status">;

const PAGE_SIZE = 30;

// GET /api/v1/orgs/{org_slug}/referrals/?direction=given|received&status= (`help:read`),
// newest first: the referrals the person gave or received from their own seats.
export function getReferrals(orgSlug: string, query: ReferralsQuery) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/referrals/", {
      params: { path: { org_slug: orgSlug }, query },
    }),
  );
}

export function referralsQueryOptions(orgSlug: string, params: ReferralsParams) {
  return infiniteQueryOptions({
    queryKey: orgKey(orgSlug, "referrals", "list", params),
    queryFn: ({ pageParam }) =>
      getReferrals(orgSlug, { ...params, page_size: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => cursorOf(page.next),
  });
}

export function useReferrals(orgSlug: string, params: ReferralsParams) {
  return useInfiniteQuery(referralsQueryOptions(orgSlug, params));
}
