import { useMutation } from "@tanstack/react-query";

import { allauth, AllauthError } from "@/lib/allauth/client";

// DELETE auth/session. Allauth answers 401 ("no session any more"): that is the success case.
export async function logout(): Promise<void> {
  try {
    await allauth("DELETE", "/auth/session");
  } catch (error) {
    if (error instanceof AllauthError && error.status === 401) return;
    throw error;
  }
}

export function useLogout() {
  return useMutation({ mutationFn: logout });
}
