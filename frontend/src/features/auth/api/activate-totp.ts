import { useMutation, useQueryClient } from "@tanstack/react-query";

import { allauth } from "@/lib/allauth/client";
import { withReauthentication } from "@/lib/allauth/reauthenticate";
import { meQueryKey } from "@/lib/auth/me";

import { authenticatorsQueryKey } from "./get-authenticators";

// POST account/authenticators/totp with the code the app shows. May answer 401 `reauthenticate`.
export function activateTotp(input: { code: string }) {
  return allauth("POST", "/account/authenticators/totp", input);
}

/** `confirm` asks for the password when the server wants it; the activation then runs again. */
export function useActivateTotp(confirm: () => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { code: string }) =>
      withReauthentication(() => activateTotp(input), confirm),
    // /me says whether an organization still waits for two-factor set-up.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: authenticatorsQueryKey }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]),
  });
}
