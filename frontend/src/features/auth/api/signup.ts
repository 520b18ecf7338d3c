import { useMutation } from "@tanstack/react-query";

import { allauth, type AuthData, type AuthMeta } from "@/lib/allauth/client";

export interface SignupInput {
  email: string;
  password: string;
}

// POST auth/signup. 200: signed in. 401 with `verify_email` pending: check your inbox first.
export function signup(input: SignupInput) {
  return allauth<AuthData, AuthMeta>("POST", "/auth/signup", input);
}

export function useSignup() {
  return useMutation({ mutationFn: signup });
}
