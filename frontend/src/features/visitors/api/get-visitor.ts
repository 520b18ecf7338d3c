import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { orgKey } from "@/lib/query-keys";

import type { Visitor } from "./get-visitors";

// GET /api/v1/orgs/{org_slug}/visitors/{visitor_id}/ (`visitors:read` in the visitor's chapter).
export function getVisitor(orgSlug: string, visitorId: string) {
  return unwrap(
    api.GET("/api/v1/orgs/{org_slug}/visitors/{visitor_id}/", {
      params: { path: { org_slug: orgSlug, visitor_id: visitorId } },
    }),
  );
}

export function visitorQueryOptions(orgSlug: string, visitorId: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "visitors", "detail", visitorId),
    queryFn: () => getVisitor(orgSlug, visitorId),
  });
}

/** One visitor; `initial` (the card that was opened) shows at once while it is fresh. */
export function useVisitor(orgSlug: string, visitorId: string, initial?: Visitor) {
  return useQuery({ ...visitorQueryOptions(orgSlug, visitorId), initialData: initial });
}
