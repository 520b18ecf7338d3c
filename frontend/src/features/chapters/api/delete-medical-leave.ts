import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import { medicalLeavesQueryOptions } from "./get-medical-leaves";

// DELETE /api/v1/orgs/{org_slug}/medical-leaves/{leave_id}/ (`meetings:write` in the chapter).
export function deleteMedicalLeave(orgSlug: string, leaveId: string) {
  return unwrap(
    api.DELETE("/api/v1/orgs/{org_slug}/medical-leaves/{leave_id}/", {
      params: { path: { org_slug: orgSlug, leave_id: leaveId } },
    }),
  );
}

export function useDeleteMedicalLeave(orgSlug: string, memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (leaveId: string) => deleteMedicalLeave(orgSlug, leaveId),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: medicalLeavesQueryOptions(orgSlug, memberId).queryKey,
      }),
  });
}
