import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type ChapterInput = components["schemas"]["ChapterWriteRequest"];

// POST /api/v1/orgs/{org_slug}/chapters/ (`chapters:write`). 409 with `errors.name` when the
// name is taken; without a time zone the chapter takes the organization's.
export function createChapter(orgSlug: string, body: ChapterInput) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/chapters/", {
      params: { path: { org_slug: orgSlug } },
      body,
    }),
  );
}

export function useCreateChapter(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChapterInput) => createChapter(orgSlug, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "chapters") }),
  });
}
