// My referrals. For any member, mostly on a phone between meetings: the referrals passed to
// them, to call the contact and say what became of it in one tap, and the ones they gave, to
// see how far each has gone. They came to answer or to check, in about 5 seconds.
import { Anchor, Stack, Tabs } from "@mantine/core";
import { Link, useParams, useSearchParams } from "react-router";

import { EmptyState } from "@/components/ui/empty-state";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { useMembership } from "@/lib/auth/me";
import { hasScope } from "@/lib/authorization";

import { ReferralList } from "../components/referral-list";

type Direction = "received" | "given";

export default function MyReferralsRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);
  // The tab is in the address, so a link can open the referrals given.
  const [params, setParams] = useSearchParams();
  const tab: Direction = params.get("tab") === "given" ? "given" : "received";

  if (!membership) return <PageLoader />;
  if (!hasScope(membership, "help:read")) return <Forbidden />;

  return (
    <Stack gap="md" maw={720}>
      <PageHeader
        title="Referrals"
        description="Business passed to you, and business you passed on."
        actions={
          <Anchor component={Link} to={paths.organization.myHelp(orgSlug)} size="sm">
            My help
          </Anchor>
        }
      />
      {membership.seats.length === 0 ? (
        <EmptyState
          title="No seat in a chapter"
          description="Referrals are given and received by members of a chapter."
        />
      ) : (
        <Tabs
          value={tab}
          onChange={(value) =>
            setParams(value === "given" ? { tab: "given" } : {}, { replace: true })
          }
          keepMounted={false}
        >
          <Tabs.List grow>
            <Tabs.Tab value="received">Received</Tabs.Tab>
            <Tabs.Tab value="given">Given</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="received" pt="md">
            <ReferralList orgSlug={orgSlug} direction="received" />
          </Tabs.Panel>
          <Tabs.Panel value="given" pt="md">
            <ReferralList orgSlug={orgSlug} direction="given" />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
