import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import { oneToOneAnswered, oneToOneSettled } from "./one-to-one-answered";

// POST /api/v1/orgs/{org_slug}/one-to-ones/{one_to_one_id}/dispute (`help:give`): one of the
// people met says they did not meet: it never counts for them.
// 409 when they answered already; 404 for anyone who was not met.
export function disputeOneToOne(orgSlug: string, oneToOneId: string) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/one-to-ones/{one_to_one_id}/dispute", {
      params: { path: { org_slug: orgSlug, one_to_one_id: oneToOneId } },
    }),
  );
}

export function useDisputeOneToOne(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (oneToOneId: string) => disputeOneToOne(orgSlug, oneToOneId),
    onSuccess: (oneToOne) => oneToOneAnswered(queryClient, orgSlug, oneToOne),
    onSettled: () => oneToOneSettled(queryClient, orgSlug),
  });
}
