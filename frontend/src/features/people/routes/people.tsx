// People of the organization. For owners and admins who give someone a role (a new region
// director, an admin to help), and for staff and region directors who look someone up. They
// came to find a person and change their role or remove them, in about 15 seconds.
import { Button, Stack } from "@mantine/core";
import { Link, useParams } from "react-router";

import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { useMe, useMembership } from "@/lib/auth/me";
import { hasScope, hasScopeAnywhere } from "@/lib/authorization";

import { PeopleTable } from "../components/people-table";

export default function PeopleRoute() {
  const { orgSlug = "" } = useParams();
  const me = useMe();
  const membership = useMembership(orgSlug);

  if (!me.data || !membership) return <PageLoader />;
  // Members have no people list; the API would refuse it.
  if (!hasScope(membership, "people:read")) return <Forbidden />;
  const canEdit = hasScope(membership, "people:write");
  // People join through an invitation to a seat (or to the organization's staff).
  const canInvite = hasScopeAnywhere(membership, "members:write");

  return (
    <Stack gap="md">
      <PageHeader
        title="People"
        description={
          canEdit
            ? "Everyone in the organization. Change a role or remove someone."
            : "Everyone in the organization and their roles."
        }
        actions={
          canInvite && (
            <Button component={Link} to={paths.organization.invitations(orgSlug)}>
              Invite someone
            </Button>
          )
        }
      />
      <PeopleTable
        orgSlug={orgSlug}
        canEdit={canEdit}
        viewerRole={membership.role}
        viewerUserId={me.data.id}
      />
    </Stack>
  );
}
