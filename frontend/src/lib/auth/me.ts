import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { sharedKey } from "@/lib/query-keys";

export type Me = components["schemas"]["Me"];
export type Membership = components["schemas"]["MeOrganization"];

// GET /api/v1/me: the signed-in person and their organizations. Not organization data, so
// its key has no slug; it is shared by the guard, the shell and every organization page.
export function getMe(): Promise<Me> {
  return unwrap(api.GET("/api/v1/me"));
}

export const meQueryKey = sharedKey("me");

export function meQueryOptions() {
  return queryOptions({ queryKey: meQueryKey, queryFn: getMe, staleTime: 60_000 });
}

export function useMe() {
  return useQuery(meQueryOptions());
}

/** The person's membership of one organization, or undefined when they have none there. */
export function findMembership(me: Me | undefined, orgSlug: string | undefined) {
  return me?.organizations.find((organization) => organization.slug === orgSlug);
}

/** Inside the organization area, where the guard has already loaded `me`. */
export function useMembership(orgSlug: string): Membership | undefined {
  const { data } = useMe();
  return findMembership(data, orgSlug);
}
