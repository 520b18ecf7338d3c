import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { medicalLeavesQueryOptions } from "./get-medical-leaves";

export type MedicalLeaveInput = components["schemas"]["MedicalLeaveWriteRequest"];

// POST /api/v1/orgs/{org_slug}/members/{member_id}/medical-leaves/ (`meetings:write` in the
// chapter): approve Medical in advance between two dates. 400 with field errors.
export function createMedicalLeave(orgSlug: string, memberId: string, body: MedicalLeaveInput) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/members/{member_id}/medical-leaves/", {
      params: { path: { org_slug: orgSlug, member_id: memberId } },
      body,
    }),
  );
}

export function useCreateMedicalLeave(orgSlug: string, memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MedicalLeaveInput) => createMedicalLeave(orgSlug, memberId, body),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: medicalLeavesQueryOptions(orgSlug, memberId).queryKey,
      }),
  });
}
