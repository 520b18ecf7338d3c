import { type InfiniteData, useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { orgKey } from "@/lib/query-keys";

import type { Referral, ReferralStatus } from "./get-referrals";
import { helpGiven } from "./invalidate-help";

type ReferralPages = InfiniteData<{ results: Referral[] }>;

// POST /api/v1/orgs/{org_slug}/referrals/{referral_id}/status (`help:give`): the receiver
// reports what became of the referral, and the giver is told. 403 for anyone but the receiver.
export function changeReferralStatus(orgSlug: string, referralId: string, status: ReferralStatus) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/referrals/{referral_id}/status", {
      params: { path: { org_slug: orgSlug, referral_id: referralId } },
      body: { status },
    }),
  );
}

/** Put the answer in every loaded list at once, so the tapped button lights up without a wait. */
function replaceInLists(pages: ReferralPages | undefined, referral: Referral) {
  if (!pages) return pages;
  return {
    ...pages,
    pages: pages.pages.map((page) => ({
      ...page,
      results: page.results.map((item) => (item.id === referral.id ? referral : item)),
    })),
  };
}

export function useChangeReferralStatus(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ referralId, status }: { referralId: string; status: ReferralStatus }) =>
      changeReferralStatus(orgSlug, referralId, status),
    onSuccess: (referral) => {
      queryClient.setQueriesData<ReferralPages>(
        { queryKey: orgKey(orgSlug, "referrals", "list") },
        (pages) => replaceInLists(pages, referral),
      );
    },
    // Whatever the answer, show where each referral stands now (a thank-you may have closed it),
    // and the follow-up rate and dashboards that count answers.
    onSettled: () => helpGiven(queryClient, orgSlug),
  });
}
