import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { helpGiven } from "./invalidate-help";

export type OneToOneInput = components["schemas"]["OneToOneCreateRequest"];

// POST /api/v1/orgs/{org_slug}/one-to-ones/ (`help:give`, from one of the person's own seats):
// they met one or two members, who are asked to confirm. 400 with field errors: `others`
// (yourself, the same person twice, not a member), `met_on` (in the future), `member`.
export function logOneToOne(orgSlug: string, body: OneToOneInput) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/one-to-ones/", {
      params: { path: { org_slug: orgSlug } },
      body,
    }),
  );
}

export function useLogOneToOne(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OneToOneInput) => logOneToOne(orgSlug, body),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}
