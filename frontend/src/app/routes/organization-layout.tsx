import { useQuery } from "@tanstack/react-query";
import { Suspense } from "react";
import { Outlet, useParams } from "react-router";

import { NotFound } from "@/components/ui/not-found";
import { PageLoader } from "@/components/ui/page-loader";
import { GiveHelp } from "@/features/help/components/give-help";
import { organizationQueryOptions } from "@/features/organizations/api/get-organization";
import { findMembership, useMe } from "@/lib/auth/me";
import { isNotFound } from "@/lib/errors";

/**
 * `/app/:orgSlug/...`: only for organizations the person belongs to. Any other slug (someone
 * else's organization, or none at all) shows the not-found page and loads nothing of it.
 * Every page of it carries the Give button for members who can give help.
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
  return (
    <>
      {/* A page still loading leaves the Give button in place. */}
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
      <GiveHelp orgSlug={orgSlug} membership={membership} />
    </>
  );
}
