import { Suspense, useEffect } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";

import { PageLoader } from "@/components/ui/page-loader";
import { onSessionEnded } from "@/lib/auth/session-events";
import { loginPath } from "@/lib/next";

/**
 * Around every page: waits for lazily loaded screens, and sends a person whose session has
 * ended (any 401) to the login page, remembering where they were.
 */
export function RootLayout() {
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();

  useEffect(
    () =>
      onSessionEnded(() => {
        if (pathname.startsWith("/app/auth/")) return;
        void navigate(loginPath(pathname + search + hash), { replace: true });
      }),
    [navigate, pathname, search, hash],
  );

  return (
    <Suspense fallback={<PageLoader />}>
      <Outlet />
    </Suspense>
  );
}
