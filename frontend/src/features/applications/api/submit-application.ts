import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { applicationChanged } from "./application-changed";

export type ApplicationInput = components["schemas"]["ApplicationCreateRequest"];

// POST /api/v1/orgs/{org_slug}/applications/ (`applications:write` in the chapter). 400 with
// field errors (name and email are required); 409 with `errors.email` when that person already
// has an open application to the chapter.
export function submitApplication(orgSlug: string, body: ApplicationInput) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/applications/", {
      params: { path: { org_slug: orgSlug } },
      body,
    }),
  );
}

export function useSubmitApplication(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplicationInput) => submitApplication(orgSlug, body),
    onSuccess: (application) => applicationChanged(queryClient, orgSlug, application),
  });
}
