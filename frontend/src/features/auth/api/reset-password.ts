import { useMutation } from "@tanstack/react-query";

import { allauth, type AuthData, type AuthMeta } from "@/lib/allauth/client";

// POST auth/password/reset. 200: new password set and signed in; 401: set, log in next.
export function resetPassword(input: { key: string; password: string }) {
  return allauth<AuthData, AuthMeta>("POST", "/auth/password/reset", input);
}

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
