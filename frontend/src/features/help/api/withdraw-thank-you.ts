import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import { helpGiven } from "./invalidate-help";
import { type Withdrawal, withdrawalQuery } from "./slip-withdrawal";

// DELETE /api/v1/orgs/{org_slug}/thank-yous/{thank_you_id}/ (`help:read`), 204: the member who
// recorded a thank-you by mistake takes it back; it no longer counts for anyone. 409 once the
// week's report is completed, unless a chapter leader sends a `correction_reason`.
export function withdrawThankYou(orgSlug: string, thankYouId: string, withdrawal: Withdrawal = {}) {
  return unwrap(
    api.DELETE("/api/v1/orgs/{org_slug}/thank-yous/{thank_you_id}/", {
      params: {
        path: { org_slug: orgSlug, thank_you_id: thankYouId },
        query: withdrawalQuery(withdrawal),
      },
    }),
  );
}

export function useWithdrawThankYou(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ thankYouId, ...withdrawal }: { thankYouId: string } & Withdrawal) =>
      withdrawThankYou(orgSlug, thankYouId, withdrawal),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}
