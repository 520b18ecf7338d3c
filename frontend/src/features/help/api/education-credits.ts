import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

import { helpGiven } from "./invalidate-help";
import { type Withdrawal, withdrawalQuery } from "./slip-withdrawal";

export type EducationCredit = components["schemas"]["EducationCredit"];
export type EducationCreditChange = components["schemas"]["PatchedEducationCreditChangeRequest"];

// A member records a few courses a month: one page holds the recent ones.
const PAGE_SIZE = 100;

// GET /api/v1/orgs/{org_slug}/education-credits/ (`help:read`): the person's own credits (and,
// for leaders, their chapters'), newest first. Under `[slug, "education-credits"]`, so a change
// or a withdrawal refreshes it.
export async function getEducationCredits(orgSlug: string): Promise<EducationCredit[]> {
  const page = await unwrap(
    api.GET("/api/v1/orgs/{org_slug}/education-credits/", {
      params: { path: { org_slug: orgSlug }, query: { page_size: PAGE_SIZE } },
    }),
  );
  return page.results;
}

export function educationCreditsQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "education-credits"),
    queryFn: () => getEducationCredits(orgSlug),
  });
}

export function useEducationCredits(orgSlug: string) {
  return useQuery(educationCreditsQueryOptions(orgSlug));
}

// PATCH /api/v1/orgs/{org_slug}/education-credits/{education_credit_id}/ (`help:read`): the
// member fixes the kind, title, date or credits until the week's report is completed; then 409
// (a chapter leader may still correct it with a `correction_reason`). 400 with field errors.
export function useChangeEducationCredit(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ creditId, changes }: { creditId: string; changes: EducationCreditChange }) =>
      unwrap(
        api.PATCH("/api/v1/orgs/{org_slug}/education-credits/{education_credit_id}/", {
          params: { path: { org_slug: orgSlug, education_credit_id: creditId } },
          body: changes,
        }),
      ),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}

// DELETE /api/v1/orgs/{org_slug}/education-credits/{education_credit_id}/ (`help:read`), 204:
// recorded by mistake, it no longer counts. 409 once the week's report is completed, unless a
// chapter leader sends a `correction_reason`.
export function useWithdrawEducationCredit(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ creditId, ...withdrawal }: { creditId: string } & Withdrawal) =>
      unwrap(
        api.DELETE("/api/v1/orgs/{org_slug}/education-credits/{education_credit_id}/", {
          params: {
            path: { org_slug: orgSlug, education_credit_id: creditId },
            query: withdrawalQuery(withdrawal),
          },
        }),
      ),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}
