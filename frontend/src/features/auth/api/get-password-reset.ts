import { queryOptions, useQuery } from "@tanstack/react-query";

import { allauth } from "@/lib/allauth/client";

// GET auth/password/reset: checks a reset link's key before asking for a new password.
export async function getPasswordReset(key: string): Promise<{ valid: true }> {
  await allauth("GET", "/auth/password/reset", undefined, { "X-Password-Reset-Key": key });
  return { valid: true };
}

export function passwordResetQueryOptions(key: string) {
  return queryOptions({
    queryKey: ["auth", "password-reset", key],
    queryFn: () => getPasswordReset(key),
    staleTime: Infinity,
  });
}

export function usePasswordReset(key: string) {
  return useQuery(passwordResetQueryOptions(key));
}
