import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { meQueryKey } from "@/lib/auth/me";

import { organizationQueryOptions } from "./get-organization";

export type OrganizationUpdateInput = components["schemas"]["PatchedOrganizationUpdateRequest"];

// PATCH /api/v1/orgs/{org_slug}/ (owners and admins). Errors of a policy come back as
// `errors.settings.<policy>`.
export function updateOrganization(orgSlug: string, body: OrganizationUpdateInput) {
  return unwrap(
    api.PATCH("/api/v1/orgs/{org_slug}/", { params: { path: { org_slug: orgSlug } }, body }),
  );
}

export function useUpdateOrganization(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationUpdateInput) => updateOrganization(orgSlug, body),
    onSuccess: async (organization) => {
      queryClient.setQueryData(organizationQueryOptions(orgSlug).queryKey, organization);
      // The name shows in the organization switcher.
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
