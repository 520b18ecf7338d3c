import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { meQueryKey } from "@/lib/auth/me";
import { orgKey } from "@/lib/query-keys";

export type PersonUpdateInput = components["schemas"]["PatchedPersonUpdateRequest"];

// PATCH /api/v1/orgs/{org_slug}/people/{person_id}/: a new role (and region, which region
// directors need and nobody else has). Only owners touch the owner role; the last owner stays.
export function updatePerson(orgSlug: string, personId: string, body: PersonUpdateInput) {
  return unwrap(
    api.PATCH("/api/v1/orgs/{org_slug}/people/{person_id}/", {
      params: { path: { org_slug: orgSlug, person_id: personId } },
      body,
    }),
  );
}

export function useUpdatePerson(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, body }: { personId: string; body: PersonUpdateInput }) =>
      updatePerson(orgSlug, personId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "people") }),
        // Changing one's own role changes what the app shows.
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]),
  });
}
