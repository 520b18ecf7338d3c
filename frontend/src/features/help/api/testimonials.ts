import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

import { helpGiven } from "./invalidate-help";
import { type Withdrawal, withdrawalQuery } from "./slip-withdrawal";

export type Testimonial = components["schemas"]["Testimonial"];
export type TestimonialChange = components["schemas"]["PatchedTestimonialChangeRequest"];

// A member gives a few testimonials a month: one page holds the recent ones.
const PAGE_SIZE = 100;

// GET /api/v1/orgs/{org_slug}/testimonials/?direction=given (`help:read`): the testimonials the
// person gave, newest first (without the filter: everyone's, as they are said out loud). Under
// `[slug, "testimonials"]`, so a change or a withdrawal refreshes it.
export async function getGivenTestimonials(orgSlug: string): Promise<Testimonial[]> {
  const page = await unwrap(
    api.GET("/api/v1/orgs/{org_slug}/testimonials/", {
      params: {
        path: { org_slug: orgSlug },
        query: { direction: "given", page_size: PAGE_SIZE },
      },
    }),
  );
  return page.results;
}

export function givenTestimonialsQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "testimonials", "given"),
    queryFn: () => getGivenTestimonials(orgSlug),
  });
}

export function useGivenTestimonials(orgSlug: string) {
  return useQuery(givenTestimonialsQueryOptions(orgSlug));
}

// PATCH /api/v1/orgs/{org_slug}/testimonials/{testimonial_id}/ (`help:read`): the member who gave
// it rewords it until the week's report is completed; then 409 (a chapter leader may still
// correct it with a `correction_reason`). 400 with field errors (an empty or too long text).
export function useChangeTestimonial(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      testimonialId,
      changes,
    }: {
      testimonialId: string;
      changes: TestimonialChange;
    }) =>
      unwrap(
        api.PATCH("/api/v1/orgs/{org_slug}/testimonials/{testimonial_id}/", {
          params: { path: { org_slug: orgSlug, testimonial_id: testimonialId } },
          body: changes,
        }),
      ),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}

// DELETE /api/v1/orgs/{org_slug}/testimonials/{testimonial_id}/ (`help:read`), 204: given by
// mistake, it no longer counts. 409 once the week's report is completed, unless a chapter
// leader sends a `correction_reason`.
export function useWithdrawTestimonial(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ testimonialId, ...withdrawal }: { testimonialId: string } & Withdrawal) =>
      unwrap(
        api.DELETE("/api/v1/orgs/{org_slug}/testimonials/{testimonial_id}/", {
          params: {
            path: { org_slug: orgSlug, testimonial_id: testimonialId },
            query: withdrawalQuery(withdrawal),
          },
        }),
      ),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}
