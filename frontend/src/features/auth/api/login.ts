import { useMutation } from "@tanstack/react-query";

import { allauth, type AuthData, type AuthMeta } from "@/lib/allauth/client";

export interface LoginInput {
  email: string;
  password: string;
}

// POST auth/login. 200: signed in. 401 with a pending flow: another step is needed
// (`mfa_authenticate`: the TOTP code; `verify_email`: the inbox). 409: already signed in.
export function login(input: LoginInput) {
  return allauth<AuthData, AuthMeta>("POST", "/auth/login", input);
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
