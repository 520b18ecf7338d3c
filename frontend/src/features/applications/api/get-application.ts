import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { orgKey } from "@/lib/query-keys";

import type { Application } from "./get-applications";

// GET /api/v1/orgs/{org_slug}/applications/{application_id}/ (`applications:read` in its
// chapter). `committee_notes` is null unless the caller may decide it.
export function getApplication(orgSlug: string, applicationId: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/applications/{application_id}/", {
      params: { path: { org_slug: orgSlug, application_id: applicationId } },
    }),
  );
}

export function applicationQueryOptions(orgSlug: string, applicationId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "applications", "detail", applicationId),
    queryFn: () => getApplication(orgSlug, applicationId),
  });
}

/** One application; `initial` (the card that was opened) shows at once while it is fresh. */
export function useApplication(orgSlug: string, applicationId: string, initial?: Application) {
  return useQuery({ ...applicationQueryOptions(orgSlug, applicationId), initialData: initial });
}
