import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { meQueryKey } from "@/lib/auth/me";
import { orgKey } from "@/lib/query-keys";

// DELETE /api/v1/orgs/{org_slug}/people/{person_id}/: removes the person from the organization.
export function deletePerson(orgSlug: string, personId: string) {
  return unwrap(
    api.DELETE("/api/v1/orgs/{org_slug}/people/{person_id}/", {
      params: { path: { org_slug: orgSlug, person_id: personId } },
    }),
  );
}

export function useDeletePerson(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => deletePerson(orgSlug, personId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "people") }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]),
  });
}
