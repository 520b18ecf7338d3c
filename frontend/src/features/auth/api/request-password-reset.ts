import { useMutation } from "@tanstack/react-query";

import { allauth } from "@/lib/allauth/client";

// POST auth/password/request: emails a reset link (the same answer whether or not the
// address has an account, so nobody can probe for accounts).
export function requestPasswordReset(input: { email: string }) {
  return allauth("POST", "/auth/password/request", input);
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
