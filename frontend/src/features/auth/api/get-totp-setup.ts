import { useMutation } from "@tanstack/react-query";

import { allauth, AllauthError } from "@/lib/allauth/client";

export interface TotpSetup {
  secret: string;
  totp_url: string;
}

// GET account/authenticators/totp. With no TOTP yet it answers 404 carrying a fresh secret and
// its otpauth:// URL: that 404 is what the set-up needs. A 200 means TOTP is already on.
export async function getTotpSetup(): Promise<TotpSetup | null> {
  try {
    await allauth("GET", "/account/authenticators/totp");
    return null;
  } catch (error) {
    const meta = error instanceof AllauthError ? error.body.meta : undefined;
    if (error instanceof AllauthError && error.status === 404 && meta) {
      return { secret: String(meta.secret), totp_url: String(meta.totp_url) };
    }
    throw error;
  }
}

// A mutation, not a query: each call may hand out a new secret, so it runs when the person
// asks to set up, never in the background.
export function useTotpSetup() {
  return useMutation({ mutationFn: getTotpSetup });
}
