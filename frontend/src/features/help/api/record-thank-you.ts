import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { helpGiven } from "./invalidate-help";

export type ThankYouInput = components["schemas"]["ThankYouCreateRequest"];

// POST /api/v1/orgs/{org_slug}/thank-yous/ (`help:give`): the person thanks whoever gave them
// closed business, a member (`thanked`) or someone outside (`thanked_name`). A linked referral
// becomes closed won. 400 with field errors (`thanked`, `referral`, `amount`).
export function recordThankYou(orgSlug: string, body: ThankYouInput) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/thank-yous/", {
      params: { path: { org_slug: orgSlug } },
      body,
    }),
  );
}

export function useRecordThankYou(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ThankYouInput) => recordThankYou(orgSlug, body),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}
