import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { helpGiven } from "./invalidate-help";

export type OneToOneChange = components["schemas"]["PatchedOneToOneChangeRequest"];

// PATCH /api/v1/orgs/{org_slug}/one-to-ones/{one_to_one_id}/ (`help:read`): the member who
// logged it fixes the date, how they met or the notes, until the week's report is completed;
// then 409 with a `detail` saying it is locked (a chapter leader may still correct it with a
// `correction_reason`). 400 with field errors (`met_on` in the future);
// 403 for anyone but the member who logged it and the chapter's leaders.
export function changeOneToOne(orgSlug: string, oneToOneId: string, body: OneToOneChange) {
  return unwrap(
    api.PATCH("/api/v1/orgs/{org_slug}/one-to-ones/{one_to_one_id}/", {
      params: { path: { org_slug: orgSlug, one_to_one_id: oneToOneId } },
      body,
    }),
  );
}

export function useChangeOneToOne(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ oneToOneId, changes }: { oneToOneId: string; changes: OneToOneChange }) =>
      changeOneToOne(orgSlug, oneToOneId, changes),
    onSuccess: () => helpGiven(queryClient, orgSlug),
  });
}
