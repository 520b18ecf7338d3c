import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { meQueryKey } from "@/lib/auth/me";

export type OrganizationCreateInput = components["schemas"]["OrganizationCreateRequest"];

// POST /api/v1/orgs: the caller becomes its owner. 409 with `errors.slug` when the slug is taken.
export function createOrganization(body: OrganizationCreateInput) {
  return unwrap(api.POST("/api/v1/orgs", { body }));
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    // The new organization appears in /me (switcher, start page).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
