// Notification settings. For any member of the organization, once in a while, when emails
// pile up or news goes unseen: how they hear of each kind of news, in the app or by email.
// They came to turn one switch and save, in about 15 seconds.
import { Anchor, Stack } from "@mantine/core";
import { Link, useParams } from "react-router";

import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";

import { usePreferences } from "../api/get-preferences";
import { PreferencesForm } from "../components/preferences-form";

export default function NotificationSettingsRoute() {
  const { orgSlug = "" } = useParams();
  const preferences = usePreferences(orgSlug);

  return (
    <Stack gap="md" maw={720}>
      <PageHeader
        title="Notification settings"
        description="How you hear of each kind of news: in the app, by email, or both."
        actions={
          <Anchor component={Link} to={paths.organization.notifications(orgSlug)} size="sm">
            Back to notifications
          </Anchor>
        }
      />
      {preferences.isPending ? (
        <PageLoader />
      ) : preferences.isError ? (
        <ErrorState error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : (
        <PreferencesForm orgSlug={orgSlug} preferences={preferences.data} />
      )}
    </Stack>
  );
}
