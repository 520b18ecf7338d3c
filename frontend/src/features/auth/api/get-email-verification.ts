import { queryOptions, useQuery } from "@tanstack/react-query";

import { allauth } from "@/lib/allauth/client";

interface EmailVerificationInfo {
  email: string;
}

// GET auth/email/verify: which address a verification link is for (400 when invalid/expired).
export async function getEmailVerification(key: string): Promise<EmailVerificationInfo> {
  const body = await allauth<EmailVerificationInfo>("GET", "/auth/email/verify", undefined, {
    "X-Email-Verification-Key": key,
  });
  return { email: body.data?.email ?? "" };
}

export function emailVerificationQueryOptions(key: string) {
  return queryOptions({
    queryKey: ["auth", "email-verification", key],
    queryFn: () => getEmailVerification(key),
    staleTime: Infinity,
  });
}

export function useEmailVerification(key: string) {
  return useQuery(emailVerificationQueryOptions(key));
}
