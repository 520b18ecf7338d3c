import type { QueryClient } from "@tanstack/react-query";

import { orgKey } from "@/lib/query-keys";

import { visitorQueryOptions } from "./get-visitor";
import type { Visitor } from "./get-visitors";

/** After a visitor changes: keep the answer as their details, refresh every pipeline column. */
export function visitorChanged(queryClient: QueryClient, orgSlug: string, visitor?: Visitor) {
  if (visitor) {
    queryClient.setQueryData(visitorQueryOptions(orgSlug, visitor.id).queryKey, visitor);
  }
  return queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "visitors", "list") });
}
