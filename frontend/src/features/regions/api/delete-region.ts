import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { orgKey } from "@/lib/query-keys";

// DELETE /api/v1/orgs/{org_slug}/regions/{region_id}/ (owners and admins). 409 while region
// directors are assigned to it.
export function deleteRegion(orgSlug: string, regionId: string) {
  return unwrap(
    api.DELETE("/api/v1/orgs/{org_slug}/regions/{region_id}/", {
      params: { path: { org_slug: orgSlug, region_id: regionId } },
    }),
  );
}

export function useDeleteRegion(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (regionId: string) => deleteRegion(orgSlug, regionId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "regions") }),
  });
}
