import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import { visitorChanged } from "./invalidate-visitors";

// POST /api/v1/orgs/{org_slug}/visitors/{visitor_id}/visits (`visitors:write`): the visitor
// comes to another meeting. 409 with a `detail` over the visit limit (they should apply).
export function addVisit(orgSlug: string, visitorId: string, meeting: string) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/visitors/{visitor_id}/visits", {
      params: { path: { org_slug: orgSlug, visitor_id: visitorId } },
      body: { meeting },
    }),
  );
}

export function useAddVisit(orgSlug: string, visitorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (meeting: string) => addVisit(orgSlug, visitorId, meeting),
    onSuccess: (visitor) => visitorChanged(queryClient, orgSlug, visitor),
  });
}
