// My help. For any member who recorded help by mistake (a wrong amount, the wrong person): see
// the thank-yous they recorded, fix one, or take it back.
import { Stack } from "@mantine/core";
import { useParams } from "react-router";

import { EmptyState } from "@/components/ui/empty-state";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { useMembership } from "@/lib/auth/me";
import { hasScope } from "@/lib/authorization";

import { ownMemberIds } from "../components/seats";
import { ThankYouList } from "../components/thank-you-list";

export default function MyHelpRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);

  if (!membership) return <PageLoader />;
  if (!hasScope(membership, "help:read")) return <Forbidden />;

  return (
    <Stack gap="md" maw={720}>
      <PageHeader
        title="My thank-yous"
        description="The thank-yous you recorded: fix one, or withdraw one recorded by mistake."
      />
      {membership.seats.length === 0 ? (
        <EmptyState
          title="No seat in a chapter"
          description="Thank-yous are recorded by members of a chapter."
        />
      ) : (
        <ThankYouList
          orgSlug={orgSlug}
          ownMembers={ownMemberIds(membership)}
          leads={membership.leads.map((lead) => lead.chapter)}
        />
      )}
    </Stack>
  );
}
