import { useQuery } from "@tanstack/react-query";
import { Outlet, useParams } from "react-router";

import { NotFound } from "@/components/ui/not-found";
import { organizationQueryOptions } from "@/features/organizations/api/get-organization";
import { findMembership, useMe } from "@/lib/auth/me";
import { isNotFound } from "@/lib/errors";

/**
 * `/app/:orgSlug/...`: only for organizations the person belongs to. Any other slug (someone
 * else's organization, or none at all) shows the not-found page and loads nothing of it.
 */
export function OrganizationLayout() {
  const { orgSlug = "" } = useParams();
  const me = useMe();
  const membership = findMembership(me.data, orgSlug);
  // The API has the last word: a membership removed since /me was loaded answers 404.
  const organization = useQuery({ ...organizationQueryOptions(orgSlug), enabled: !!membership });

  if (!membership || (organization.isError && isNotFound(organization.error))) {
    return <NotFound />;
  }
  return <Outlet />;
}
