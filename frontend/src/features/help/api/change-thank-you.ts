import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { helpGiven } from "./invalidate-help";

export type ThankYouChange = components["schemas"]["PatchedThankYouChangeRequest"];

// PATCH /api/v1/orgs/{org_slug}/thank-yous/{thank_you_id}/ (`help:read`): the member who
// recorded it fixes the amount or whether the business is new, until the week's report is
// completed; then 409 saying it is locked (a chapter leader may still correct it with a
// `correction_reason`). 400 with field errors (a negative amount); 403 for anyone else.
export function changeThankYou(orgSlug: string, thankYouId: string, body: ThankYouChange) {
  return unwrap(
    api.PATCH("/api/v1/orgs/{org_slug}/thank-yous/{thank_you_id}/", {
      params: { path: { org_slug: orgSlug, thank_you_id: thankYouId } },
      body,
    }),
  );
}

export function useChangeThankYou(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ thankYouId, changes }: { thankYouId: string; changes: ThankYouChange }) =>
      changeThankYou(orgSlug, thankYouId, changes),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}
