import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { helpGiven } from "./invalidate-help";

export type ReferralInput = components["schemas"]["ReferralCreateRequest"];

// POST /api/v1/orgs/{org_slug}/referrals/ (`help:give`, from one of the person's own seats).
// 400 with field errors: `receiver` ("You cannot give help to yourself."), `consent_confirmed`
// (an outside referral needs the contact's consent), `giver` (not one of your seats).
export function giveReferral(orgSlug: string, body: ReferralInput) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/referrals/", {
      params: { path: { org_slug: orgSlug } },
      body,
    }),
  );
}

export function useGiveReferral(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralInput) => giveReferral(orgSlug, body),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}
