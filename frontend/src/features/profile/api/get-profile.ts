import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type Profile = components["schemas"]["Profile"];
export type ProfileUpdateInput = components["schemas"]["PatchedProfileWriteRequest"];

// GET /api/v1/orgs/{org_slug}/me/profile/: my name, my seats' details, and who sees each field.
export function getProfile(orgSlug: string): Promise<Profile> {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/me/profile/", { params: { path: { org_slug: orgSlug } } }),
  );
}

export function profileQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "profile"),
    queryFn: () => getProfile(orgSlug),
  });
}

export function useProfile(orgSlug: string) {
  return useQuery(profileQueryOptions(orgSlug));
}
