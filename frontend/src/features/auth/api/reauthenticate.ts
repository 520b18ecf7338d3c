import { useMutation } from "@tanstack/react-query";

import { allauth, type AuthData, type AuthMeta } from "@/lib/allauth/client";

// POST auth/reauthenticate: the password again, before a sensitive action.
export function reauthenticate(input: { password: string }) {
  return allauth<AuthData, AuthMeta>("POST", "/auth/reauthenticate", input);
}

export function useReauthenticate() {
  return useMutation({ mutationFn: reauthenticate });
}
