import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { invalidateCategories } from "./invalidate-categories";

export type CategoryUpdateInput = components["schemas"]["PatchedCategoryWriteRequest"];

// PATCH /api/v1/orgs/{org_slug}/categories/{category_id}/ (`categories:write`): rename, new
// specialties, retire (`is_active: false`) or bring back. 409 with `errors.name` when the
// name is taken.
export function updateCategory(orgSlug: string, categoryId: string, body: CategoryUpdateInput) {
  return unwrap(
    api.PATCH("/api/v1/orgs/{org_slug}/categories/{category_id}/", {
      params: { path: { org_slug: orgSlug, category_id: categoryId } },
      body,
    }),
  );
}

export function useUpdateCategory(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ categoryId, body }: { categoryId: string; body: CategoryUpdateInput }) =>
      updateCategory(orgSlug, categoryId, body),
    onSuccess: () => invalidateCategories(queryClient, orgSlug),
  });
}
