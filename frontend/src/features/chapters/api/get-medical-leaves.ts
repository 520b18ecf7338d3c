import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type MedicalLeave = components["schemas"]["MedicalLeave"];

// GET /api/v1/orgs/{org_slug}/members/{member_id}/medical-leaves/ (`attendance:read` in the
// chapter): the periods when the member may be marked Medical.
export function getMedicalLeaves(orgSlug: string, memberId: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/members/{member_id}/medical-leaves/", {
      params: { path: { org_slug: orgSlug, member_id: memberId } },
    }),
  );
}

export function medicalLeavesQueryOptions(orgSlug: string, memberId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "medical-leaves", memberId),
    queryFn: () => getMedicalLeaves(orgSlug, memberId),
  });
}

export function useMedicalLeaves(orgSlug: string, memberId: string) {
  return useQuery(medicalLeavesQueryOptions(orgSlug, memberId));
}
