import { useMutation } from "@tanstack/react-query";

import { allauth, type AuthData, type AuthMeta } from "@/lib/allauth/client";

// POST auth/email/verify. 200: verified and signed in. 401: verified, but not signed in
// (opened in another browser): the person logs in next.
export function verifyEmail(input: { key: string }) {
  return allauth<AuthData, AuthMeta>("POST", "/auth/email/verify", input);
}

export function useVerifyEmail() {
  return useMutation({ mutationFn: verifyEmail });
}
