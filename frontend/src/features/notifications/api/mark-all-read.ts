import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";

import { notificationsKey } from "./get-notifications";

// POST /api/v1/orgs/{org_slug}/notifications/read-all: every notification of the person's
// marked read; answers how many were.
export function markAllRead(orgSlug: string) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/notifications/read-all", {
      params: { path: { org_slug: orgSlug } },
    }),
  );
}

export function useMarkAllRead(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => markAllRead(orgSlug),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey(orgSlug) }),
  });
}
