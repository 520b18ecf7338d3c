import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { meQueryKey } from "@/lib/auth/me";
import { orgKey } from "@/lib/query-keys";

import { type ProfileUpdateInput, profileQueryOptions } from "./get-profile";

// PATCH /api/v1/orgs/{org_slug}/me/profile/: a new name renames the account and every seat.
export function updateProfile(orgSlug: string, body: ProfileUpdateInput) {
  return unwrap(
    api.PATCH("/api/v1/orgs/{org_slug}/me/profile/", {
      params: { path: { org_slug: orgSlug } },
      body,
    }),
  );
}

export function useUpdateProfile(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileUpdateInput) => updateProfile(orgSlug, body),
    onSuccess: async (profile) => {
      queryClient.setQueryData(profileQueryOptions(orgSlug).queryKey, profile);
      // The name shows in the account menu and on every seat of this organization.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
        queryClient.invalidateQueries({ queryKey: orgKey(orgSlug) }),
      ]);
    },
  });
}
