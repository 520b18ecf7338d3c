import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { sharedKey } from "@/lib/query-keys";

import { helpOrganizationQueryOptions } from "./get-organization";

const POLICY = "follow_up_days";

// GET /api/v1/policies: the default of each policy, for an organization that keeps it. Read
// here under the key the settings use (features do not share code); it changes only with a
// deployment.
function policyDefaultsQueryOptions() {
  return queryOptions({
    queryKey: sharedKey("policies"),
    queryFn: () => unwrap(api.GET("/api/v1/policies")),
    staleTime: Infinity,
  });
}

const asDays = (value: unknown) => (typeof value === "number" ? value : undefined);

/**
 * The days a member has to answer a referral they received (policy `follow_up_days`): the
 * organization's own, else the default; undefined until known.
 */
export function useFollowUpDays(orgSlug: string): number | undefined {
  const organization = useQuery({
    ...helpOrganizationQueryOptions(orgSlug),
    select: (org) => asDays(org.settings[POLICY]),
  });
  const own = organization.data;
  const fallback = useQuery({
    ...policyDefaultsQueryOptions(),
    select: (policies) => asDays(policies.find((policy) => policy.name === POLICY)?.default),
    enabled: organization.isSuccess && own === undefined,
  });
  return own ?? fallback.data;
}
