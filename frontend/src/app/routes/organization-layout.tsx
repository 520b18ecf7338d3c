import { useQuery } from "@tanstack/react-query";
import { Suspense } from "react";
import { Outlet, useParams } from "react-router";

import { NotFound } from "@/components/ui/not-found";
import { PageLoader } from "@/components/ui/page-loader";
import { GiveHelp } from "@/features/help/components/give-help";
import { canGiveHelp } from "@/features/help/components/seats";
import { YourHelp, yourHelpSeat } from "@/features/help/components/your-help";
import { organizationQueryOptions } from "@/features/organizations/api/get-organization";
import type { HomeSections } from "@/features/organizations/components/home-sections";
import { findMembership, useMe } from "@/lib/auth/me";
import { isNotFound } from "@/lib/errors";
import { FloatingLayerProvider } from "@/lib/floating-layer";
import { GiveProvider } from "@/lib/give";

import { MfaRequired } from "./mfa-required";

/**
 * `/app/:orgSlug/...`: only for organizations the person belongs to. Any other slug (someone
 * else's organization, or none at all) shows the not-found page and loads nothing of it.
 * One that requires two-factor login the person has not set up shows only how to set it up.
 * Every page of it carries the Give button for members who can give help; the home shows their
 * own help too.
 */
export function OrganizationLayout() {
  const { orgSlug = "" } = useParams();
  const me = useMe();
  const membership = findMembership(me.data, orgSlug);
  // Its data answers 403 `mfa_required` until two-factor login is set up: nothing is asked.
  const mfaFirst = !!membership?.mfa_setup_required;
  // The API has the last word: a membership removed since /me was loaded answers 404.
  const organization = useQuery({
    ...organizationQueryOptions(orgSlug),
    enabled: !!membership && !mfaFirst,
  });

  if (!membership || (organization.isError && isNotFound(organization.error))) {
    return <NotFound />;
  }
  if (mfaFirst) return <MfaRequired organizationName={membership.name} />;
  const home: HomeSections = {
    help: yourHelpSeat(membership) ? <YourHelp orgSlug={orgSlug} membership={membership} /> : null,
  };
  return (
    // Any page may open the Give sheet; a page's sticky action bar moves the Give button aside.
    <GiveProvider key={orgSlug} enabled={canGiveHelp(membership)}>
      <FloatingLayerProvider>
        {/* A page still loading leaves the Give button in place. */}
        <Suspense fallback={<PageLoader />}>
          <Outlet context={home} />
        </Suspense>
        <GiveHelp orgSlug={orgSlug} membership={membership} />
      </FloatingLayerProvider>
    </GiveProvider>
  );
}
