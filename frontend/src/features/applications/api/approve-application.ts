import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import { applicationChanged } from "./application-changed";

// POST /api/v1/orgs/{org_slug}/applications/{application_id}/approve (`applications:decide`):
// a pending seat is made and the payment window opens. 409 with a `detail` when the
// application is no longer open, or when another seat holds its category.
export function approveApplication(orgSlug: string, applicationId: string, notes: string) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/applications/{application_id}/approve", {
      params: { path: { org_slug: orgSlug, application_id: applicationId } },
      body: notes ? { notes } : {},
    }),
  );
}

export function useApproveApplication(orgSlug: string, applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notes: string) => approveApplication(orgSlug, applicationId, notes),
    onSuccess: (application) =>
      applicationChanged(queryClient, orgSlug, application, { seats: true }),
  });
}
