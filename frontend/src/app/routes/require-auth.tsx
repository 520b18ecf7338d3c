import { Container } from "@mantine/core";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";

import { ErrorState } from "@/components/ui/error-state";
import { PageLoader } from "@/components/ui/page-loader";
import { useMe } from "@/lib/auth/me";
import { isSessionEnded } from "@/lib/auth/session";
import { loginPath } from "@/lib/next";

/** Pages for signed-in people: anyone else goes to the login page and comes back after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <PageLoader />;
  if (me.isError) {
    if (isSessionEnded(me.error)) {
      return <Navigate to={loginPath(location.pathname + location.search + location.hash)} replace />;
    }
    return (
      <Container size="sm" py="xl">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </Container>
    );
  }
  return children;
}
