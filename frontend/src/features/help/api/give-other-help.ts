import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { helpGiven } from "./invalidate-help";

export type OtherHelpInput = components["schemas"]["OtherHelpCreateRequest"];
export type OtherHelpKind = components["schemas"]["OtherHelpKindEnum"];

// POST /api/v1/orgs/{org_slug}/other-help/ (`help:give`): an introduction, a lead passed on or
// useful information for a member. 400 with field errors (`receiver`, `kind`, `giver`).
export function giveOtherHelp(orgSlug: string, body: OtherHelpInput) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/other-help/", {
      params: { path: { org_slug: orgSlug } },
      body,
    }),
  );
}

export function useGiveOtherHelp(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OtherHelpInput) => giveOtherHelp(orgSlug, body),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}
