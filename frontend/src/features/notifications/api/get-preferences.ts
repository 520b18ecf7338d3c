import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Preference = components["schemas"]["Preference"];

// GET /api/v1/orgs/{org_slug}/notification-preferences/: each kind of notification, and how
// the person wants it (in the app, by email). Anyone in the organization.
export function getPreferences(orgSlug: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/notification-preferences/", {
      params: { path: { org_slug: orgSlug } },
    }),
  );
}

export function preferencesQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "notification-preferences"),
    queryFn: () => getPreferences(orgSlug),
  });
}

export function usePreferences(orgSlug: string) {
  return useQuery(preferencesQueryOptions(orgSlug));
}
