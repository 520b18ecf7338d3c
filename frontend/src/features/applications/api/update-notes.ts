import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import { applicationChanged } from "./application-changed";

// PATCH /api/v1/orgs/{org_slug}/applications/{application_id}/ (`applications:decide` in its
// chapter): replace the committee's confidential notes.
export function updateNotes(orgSlug: string, applicationId: string, committeeNotes: string) {
  return unwrap(
    api.PATCH("/api/v1/orgs/{org_slug}/applications/{application_id}/", {
      params: { path: { org_slug: orgSlug, application_id: applicationId } },
      body: { committee_notes: committeeNotes },
    }),
  );
}

export function useUpdateNotes(orgSlug: string, applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (committeeNotes: string) => updateNotes(orgSlug, applicationId, committeeNotes),
    onSuccess: (application) => applicationChanged(queryClient, orgSlug, application),
  });
}
