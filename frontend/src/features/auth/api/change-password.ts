import { useMutation } from "@tanstack/react-query";

import { allauth } from "@/lib/allauth/client";

export interface ChangePasswordInput {
  current_password: string;
  new_password: string;
}

// POST account/password/change.
export function changePassword(input: ChangePasswordInput) {
  return allauth("POST", "/account/password/change", input);
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
