import { queryOptions, useQuery } from "@tanstack/react-query";

import { allauth } from "@/lib/allauth/client";

export interface Authenticator {
  type: "totp" | "recovery_codes" | "webauthn";
  created_at: number;
  last_used_at: number | null;
  unused_code_count?: number;
}

// GET account/authenticators: which second factors the person has set up.
export async function getAuthenticators(): Promise<Authenticator[]> {
  const body = await allauth<Authenticator[]>("GET", "/account/authenticators");
  return body.data ?? [];
}

export const authenticatorsQueryKey = ["auth", "authenticators"] as const;

export function authenticatorsQueryOptions() {
  return queryOptions({ queryKey: authenticatorsQueryKey, queryFn: getAuthenticators });
}

export function useAuthenticators() {
  return useQuery(authenticatorsQueryOptions());
}
