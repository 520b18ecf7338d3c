import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import { visitorQueryOptions } from "./get-visitor";
import type { Visitor } from "./get-visitors";
import { visitorChanged } from "./invalidate-visitors";

// PATCH /api/v1/orgs/{org_slug}/visits/{visit_id}/ (`visitors:write`): whether the visitor
// came (null: not known yet). A missed visit does not count towards the visit limit.
export function updateVisit(orgSlug: string, visitId: string, attended: boolean | null) {
  return unwrap(
    api.PATCH("/api/v1/orgs/{org_slug}/visits/{visit_id}/", {
      params: { path: { org_slug: orgSlug, visit_id: visitId } },
      body: { attended },
    }),
  );
}

export function useUpdateVisit(orgSlug: string, visitorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ visitId, attended }: { visitId: string; attended: boolean | null }) =>
      updateVisit(orgSlug, visitId, attended),
    onSuccess: (visit) => {
      const key = visitorQueryOptions(orgSlug, visitorId).queryKey;
      const visitor = queryClient.getQueryData<Visitor>(key);
      const updated = visitor && {
        ...visitor,
        visits: visitor.visits.map((item) => (item.id === visit.id ? visit : item)),
      };
      return visitorChanged(queryClient, orgSlug, updated);
    },
  });
}
