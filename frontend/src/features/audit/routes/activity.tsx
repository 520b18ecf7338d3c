// The organization's audit trail. For owners and admins checking who changed a role or a
// policy, and when. They came to find one change, in about 20 seconds.
import { Stack } from "@mantine/core";
import { useParams } from "react-router";

import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { useMembership } from "@/lib/auth/me";
import { hasScope } from "@/lib/authorization";

import { AuditTable } from "../components/audit-table";

export default function ActivityRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);

  if (!membership) return <PageLoader />;
  if (!hasScope(membership, "audit:read")) return <Forbidden />;

  return (
    <Stack gap="md">
      <PageHeader title="Activity" description="Every change to the organization, newest first." />
      <AuditTable orgSlug={orgSlug} />
    </Stack>
  );
}
