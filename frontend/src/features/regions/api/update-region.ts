import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { orgKey } from "@/lib/query-keys";

// PATCH /api/v1/orgs/{org_slug}/regions/{region_id}/: rename (owners and admins).
export function updateRegion(orgSlug: string, regionId: string, body: { name: string }) {
  return unwrap(
    api.PATCH("/api/v1/orgs/{org_slug}/regions/{region_id}/", {
      params: { path: { org_slug: orgSlug, region_id: regionId } },
      body,
    }),
  );
}

export function useUpdateRegion(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ regionId, name }: { regionId: string; name: string }) =>
      updateRegion(orgSlug, regionId, { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "regions") }),
  });
}
