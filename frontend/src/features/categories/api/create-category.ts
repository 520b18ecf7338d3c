import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { invalidateCategories } from "./invalidate-categories";

export type CategoryInput = components["schemas"]["CategoryWriteRequest"];

// POST /api/v1/orgs/{org_slug}/categories/ (`categories:write`). 409 with `errors.name` when
// the name is taken, whatever its case.
export function createCategory(orgSlug: string, body: CategoryInput) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/categories/", {
      params: { path: { org_slug: orgSlug } },
      body,
    }),
  );
}

export function useCreateCategory(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CategoryInput) => createCategory(orgSlug, body),
    onSuccess: () => invalidateCategories(queryClient, orgSlug),
  });
}
