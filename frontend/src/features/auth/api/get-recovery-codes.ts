import { useMutation } from "@tanstack/react-query";

import { allauth } from "@/lib/allauth/client";
import { withReauthentication } from "@/lib/allauth/reauthenticate";

interface RecoveryCodes {
  unused_codes: string[];
}

// GET account/authenticators/recovery-codes: the unused codes (sensitive: may ask for the
// password again). Fetched on request only, never cached.
export async function getRecoveryCodes(): Promise<string[]> {
  const body = await allauth<RecoveryCodes>("GET", "/account/authenticators/recovery-codes");
  return body.data?.unused_codes ?? [];
}

export function useRecoveryCodes(confirm: () => Promise<void>) {
  return useMutation({
    mutationFn: () => withReauthentication(getRecoveryCodes, confirm),
  });
}
