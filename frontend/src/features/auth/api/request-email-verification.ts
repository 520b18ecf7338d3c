import { useMutation } from "@tanstack/react-query";

import { allauth } from "@/lib/allauth/client";

// PUT account/email: sends the confirmation link for one of the person's addresses again.
export function requestEmailVerification(input: { email: string }) {
  return allauth("PUT", "/account/email", input);
}

export function useRequestEmailVerification() {
  return useMutation({ mutationFn: requestEmailVerification });
}
