import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { helpGiven } from "./invalidate-help";

export type EducationInput = components["schemas"]["EducationCreditCreateRequest"];
export type EducationKind = components["schemas"]["EducationKindEnum"];

// POST /api/v1/orgs/{org_slug}/education-credits/ (`help:give`): a course, book or workshop the
// person completed, worth 1 to 10 credits. 400 with field errors (`completed_on` in the future,
// `title`, `credits`, `member`).
export function recordEducation(orgSlug: string, body: EducationInput) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/education-credits/", {
      params: { path: { org_slug: orgSlug } },
      body,
    }),
  );
}

export function useRecordEducation(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EducationInput) => recordEducation(orgSlug, body),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}
