import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import { helpGiven } from "./invalidate-help";
import { type Withdrawal, withdrawalQuery } from "./slip-withdrawal";

// DELETE /api/v1/orgs/{org_slug}/referrals/{referral_id}/ (`help:read`), 204: the giver takes
// back a referral given by mistake; it no longer counts and its receiver no longer sees it.
// 409 with a `detail` once the week's report is completed, unless a chapter leader sends a
// `correction_reason` query (audited); 403 for anyone but the giver and the chapter's leaders.
export function withdrawReferral(
  orgSlug: string,
  referralId: string,
  withdrawal: Withdrawal = {},
) {
  return unwrap(
    api.DELETE("/api/v1/orgs/{org_slug}/referrals/{referral_id}/", {
      params: { path: { org_slug: orgSlug, referral_id: referralId }, query: withdrawalQuery(withdrawal) },
    }),
  );
}

export function useWithdrawReferral(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ referralId, ...withdrawal }: { referralId: string } & Withdrawal) =>
      withdrawReferral(orgSlug, referralId, withdrawal),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}
