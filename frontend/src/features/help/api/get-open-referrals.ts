import { queryOptions, useQuery } from "@tanstack/react-query";

import { orgKey } from "@/lib/query-keys";

import { getReferrals, type Referral } from "./get-referrals";

// A member has a handful of referrals in progress: one page holds them.
const PAGE_SIZE = 200;
const CLOSED = new Set<Referral["status"]>(["closed_won", "closed_lost"]);

// The referrals the person received that are still open (not won or lost): what a thank-you
// can be for. Under `[slug, "referrals"]`, so a status change or a thank-you refreshes it.
export async function getOpenReceivedReferrals(orgSlug: string): Promise<Referral[]> {
  const page = await getReferrals(orgSlug, { direction: "received", page_size: PAGE_SIZE });
  return page.results.filter((referral) => !CLOSED.has(referral.status));
}

export function openReferralsQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "referrals", "open-received"),
    queryFn: () => getOpenReceivedReferrals(orgSlug),
  });
}

export function useOpenReferrals(orgSlug: string) {
  return useQuery(openReferralsQueryOptions(orgSlug));
}
