import { useMutation } from "@tanstack/react-query";

import { allauth, type AuthData, type AuthMeta } from "@/lib/allauth/client";

// POST auth/2fa/authenticate: the second step of a login. Takes a TOTP code or a recovery code.
export function authenticateMfa(input: { code: string }) {
  return allauth<AuthData, AuthMeta>("POST", "/auth/2fa/authenticate", input);
}

export function useAuthenticateMfa() {
  return useMutation({ mutationFn: authenticateMfa });
}
