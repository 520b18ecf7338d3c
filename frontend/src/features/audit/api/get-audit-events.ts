import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import type { components } from "@/lib/api/schema";
import { orgKey } from "@/lib/query-keys";

export type AuditEvent = components["schemas"]["AuditEvent"];

// GET /api/v1/orgs/{org_slug}/audit-events/, newest first (owners and admins).
export function getAuditEvents(orgSlug: string, cursor?: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/audit-events/", {
      params: { path: { org_slug: orgSlug }, query: { cursor } },
    }),
  );
}

export function auditEventsQueryOptions(orgSlug: string) {
  return infiniteQueryOptions({
    queryKey: orgKey(orgSlug, "audit-events"),
    queryFn: ({ pageParam }) => getAuditEvents(orgSlug, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => cursorOf(page.next),
  });
}

export function useAuditEvents(orgSlug: string) {
  return useInfiniteQuery(auditEventsQueryOptions(orgSlug));
}
