// Organization settings. For owners and admins setting the organization up or changing a rule
// (say, allowing four absences instead of three). They came to change one value and save it,
// in about 20 seconds.
import { Alert, Stack } from "@mantine/core";
import { useParams } from "react-router";

import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { useMembership } from "@/lib/auth/me";
import { hasScope } from "@/lib/authorization";

import { useOrganization } from "../api/get-organization";
import { usePolicies } from "../api/get-policies";
import { SettingsForm } from "../components/settings-form";

export default function SettingsRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);
  const organization = useOrganization(orgSlug);
  const policies = usePolicies();

  if (organization.isPending || policies.isPending || !membership) return <PageLoader />;
  if (organization.isError) {
    return <ErrorState error={organization.error} onRetry={() => void organization.refetch()} />;
  }
  if (policies.isError) {
    return <ErrorState error={policies.error} onRetry={() => void policies.refetch()} />;
  }
  const canEdit = hasScope(membership, "organization:write");

  return (
    <Stack gap="md">
      <PageHeader
        title="Settings"
        description="The organization's name, currency, time zone and the rules its chapters follow."
      />
      {!canEdit && (
        <Alert variant="light" color="blue">
          Only owners and admins can change these settings.
        </Alert>
      )}
      {/* Keyed by save time: a fresh form when the organization changes elsewhere. */}
      <SettingsForm
        key={organization.data.updated_at}
        organization={organization.data}
        policies={policies.data}
        canEdit={canEdit}
      />
    </Stack>
  );
}
