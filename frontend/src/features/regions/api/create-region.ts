import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { orgKey } from "@/lib/query-keys";

// POST /api/v1/orgs/{org_slug}/regions/ (owners and admins). 409 when the name is taken.
export function createRegion(orgSlug: string, body: { name: string }) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/regions/", { params: { path: { org_slug: orgSlug } }, body }),
  );
}

export function useCreateRegion(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string }) => createRegion(orgSlug, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "regions") }),
  });
}
