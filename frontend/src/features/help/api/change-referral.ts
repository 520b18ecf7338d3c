import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { helpGiven } from "./invalidate-help";

export type ReferralChange = components["schemas"]["PatchedReferralChangeRequest"];

// PATCH /api/v1/orgs/{org_slug}/referrals/{referral_id}/ (`help:read`): the giver fixes the
// fields sent, until the week's report is completed; then 409 with a `detail` saying it is
// locked (a chapter leader may still correct it with a `correction_reason`). 400 with field
// errors; 403 for anyone but the giver and the chapter's leaders.
export function changeReferral(orgSlug: string, referralId: string, body: ReferralChange) {
  return unwrap(
    api.PATCH("/api/v1/orgs/{org_slug}/referrals/{referral_id}/", {
      params: { path: { org_slug: orgSlug, referral_id: referralId } },
      body,
    }),
  );
}

export function useChangeReferral(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ referralId, changes }: { referralId: string; changes: ReferralChange }) =>
      changeReferral(orgSlug, referralId, changes),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}
