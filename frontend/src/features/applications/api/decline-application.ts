import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import { applicationChanged } from "./application-changed";

// POST /api/v1/orgs/{org_slug}/applications/{application_id}/decline (`applications:decide`).
// 409 with a `detail` when the application is no longer open.
export function declineApplication(orgSlug: string, applicationId: string, notes: string) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/applications/{application_id}/decline", {
      params: { path: { org_slug: orgSlug, application_id: applicationId } },
      body: notes ? { notes } : {},
    }),
  );
}

export function useDeclineApplication(orgSlug: string, applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notes: string) => declineApplication(orgSlug, applicationId, notes),
    onSuccess: (application) => applicationChanged(queryClient, orgSlug, application),
  });
}
