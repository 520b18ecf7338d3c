import { Suspense } from "react";
import { Outlet } from "react-router";

import { PageLoader } from "@/components/ui/page-loader";

/**
 * Around the pages guests open without an account (a chapter's visitor link): waits for the
 * lazily loaded screen, and, unlike the signed-in app, never sends anyone to log in.
 */
export function PublicRoot() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Outlet />
    </Suspense>
  );
}
