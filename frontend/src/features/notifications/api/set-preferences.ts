import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { preferencesQueryOptions } from "./get-preferences";

export type PreferenceInput = components["schemas"]["PreferenceInputRequest"];

// PUT /api/v1/orgs/{org_slug}/notification-preferences/ {preferences}: the kinds sent take
// the choices sent (the others keep theirs); answers the whole list. 400 names a bad kind.
export function setPreferences(orgSlug: string, preferences: PreferenceInput[]) {
  return unwrap(
    api.PUT("/api/v1/orgs/{org_slug}/notification-preferences/", {
      params: { path: { org_slug: orgSlug } },
      body: { preferences },
    }),
  );
}

export function useSetPreferences(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: PreferenceInput[]) => setPreferences(orgSlug, preferences),
    onSuccess: (saved) => {
      queryClient.setQueryData(preferencesQueryOptions(orgSlug).queryKey, saved);
    },
  });
}
