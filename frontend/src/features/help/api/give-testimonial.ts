import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { helpGiven } from "./invalidate-help";

export type TestimonialInput = components["schemas"]["TestimonialCreateRequest"];

// POST /api/v1/orgs/{org_slug}/testimonials/ (`help:give`): a few words about a member's work,
// read out at the meeting. 400 with field errors (`receiver`, `text`, `giver`).
export function giveTestimonial(orgSlug: string, body: TestimonialInput) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/testimonials/", {
      params: { path: { org_slug: orgSlug } },
      body,
    }),
  );
}

export function useGiveTestimonial(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TestimonialInput) => giveTestimonial(orgSlug, body),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}
