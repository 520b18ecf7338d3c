import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearchParams } from "react-router";

import { paths } from "@/config/paths";
import { safeNext } from "@/lib/next";

/**
 * After a successful login (or a verification that signs in): forget everything cached for
 * whoever used this tab before, and go back where the person was, or to the start page.
 */
export function useFinishLogin() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return () => {
    queryClient.clear();
    void navigate(safeNext(params.get("next")) ?? paths.home, { replace: true });
  };
}
