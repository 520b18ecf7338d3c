import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { sharedKey } from "@/lib/query-keys";

export type Policy = components["schemas"]["Policy"];

// GET /api/v1/policies: the policies any organization can set in its `settings`, with their
// types, defaults, descriptions and bounds. The same for every organization, so its key has
// no slug; it changes only when the server is deployed.
export function getPolicies(): Promise<Policy[]> {
  return unwrap(api.GET("/api/v1/policies"));
}

export function policiesQueryOptions() {
  return queryOptions({
    queryKey: sharedKey("policies"),
    queryFn: getPolicies,
    staleTime: Infinity,
  });
}

export function usePolicies() {
  return useQuery(policiesQueryOptions());
}
