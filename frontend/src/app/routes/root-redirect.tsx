import { Container } from "@mantine/core";
import { Navigate } from "react-router";

import { ErrorState } from "@/components/ui/error-state";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { useMe } from "@/lib/auth/me";
import { isSessionEnded } from "@/lib/auth/session";

/**
 * `/`: signed out -> log in; signed in -> the first organization, or creating one when the
 * person has none yet.
 */
export function RootRedirect() {
  const me = useMe();

  if (me.isPending) return <PageLoader />;
  if (me.isError) {
    if (isSessionEnded(me.error)) return <Navigate to={paths.auth.login} replace />;
    return (
      <Container size="sm" py="xl">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </Container>
    );
  }
  const first = me.data.organizations[0];
  return (
    <Navigate to={first ? paths.organization.dashboard(first.slug) : paths.onboarding} replace />
  );
}
