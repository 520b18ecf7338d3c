import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import { applicationChanged } from "./application-changed";

// POST /api/v1/orgs/{org_slug}/applications/{application_id}/payment (`applications:write`):
// the applicant paid, their seat becomes active for a term. 409 with a `detail` after the
// payment window closed.
export function recordPayment(orgSlug: string, applicationId: string) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/applications/{application_id}/payment", {
      params: { path: { org_slug: orgSlug, application_id: applicationId } },
    }),
  );
}

export function useRecordPayment(orgSlug: string, applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => recordPayment(orgSlug, applicationId),
    onSuccess: (application) =>
      applicationChanged(queryClient, orgSlug, application, { seats: true }),
  });
}
