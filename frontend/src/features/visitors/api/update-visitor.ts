import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { visitorChanged } from "./invalidate-visitors";

export type VisitorUpdateInput = components["schemas"]["PatchedVisitorUpdateRequest"];

// PATCH /api/v1/orgs/{org_slug}/visitors/{visitor_id}/ (`visitors:write` in their chapter):
// move the visitor along the pipeline, keep follow-up notes.
export function updateVisitor(orgSlug: string, visitorId: string, body: VisitorUpdateInput) {
  return unwrap(
    api.PATCH("/api/v1/orgs/{org_slug}/visitors/{visitor_id}/", {
      params: { path: { org_slug: orgSlug, visitor_id: visitorId } },
      body,
    }),
  );
}

export function useUpdateVisitor(orgSlug: string, visitorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VisitorUpdateInput) => updateVisitor(orgSlug, visitorId, body),
    onSuccess: (visitor) => visitorChanged(queryClient, orgSlug, visitor),
  });
}
