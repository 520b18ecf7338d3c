import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearchParams } from "react-router";

import { paths } from "@/config/paths";
import { safeNext, takeRememberedNext } from "@/lib/next";

/**
 * After a successful login (or a verification that signs in): forget everything cached for
 * whoever used this tab before, and go back where the person was (the page's `next`, else the
 * one kept at sign-up until the email was confirmed), or to the start page.
 */
export function useFinishLogin() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return () => {
    queryClient.clear();
    const remembered = takeRememberedNext();
    void navigate(safeNext(params.get("next")) ?? remembered ?? paths.home, { replace: true });
  };
}
