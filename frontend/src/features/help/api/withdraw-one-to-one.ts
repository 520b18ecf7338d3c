import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import { helpGiven } from "./invalidate-help";
import { type Withdrawal, withdrawalQuery } from "./slip-withdrawal";

// DELETE /api/v1/orgs/{org_slug}/one-to-ones/{one_to_one_id}/ (`help:read`), 204: the member
// who logged a 1-2-1 by mistake takes it back; it no longer counts for anyone. 409 with a
// `detail` once the week's report is completed, unless a chapter leader sends a
// `correction_reason` query (audited); 403 for anyone but the member who logged it and the
// chapter's leaders.
export function withdrawOneToOne(
  orgSlug: string,
  oneToOneId: string,
  withdrawal: Withdrawal = {},
) {
  return unwrap(
    api.DELETE("/api/v1/orgs/{org_slug}/one-to-ones/{one_to_one_id}/", {
      params: { path: { org_slug: orgSlug, one_to_one_id: oneToOneId }, query: withdrawalQuery(withdrawal) },
    }),
  );
}

export function useWithdrawOneToOne(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ oneToOneId, ...withdrawal }: { oneToOneId: string } & Withdrawal) =>
      withdrawOneToOne(orgSlug, oneToOneId, withdrawal),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}
