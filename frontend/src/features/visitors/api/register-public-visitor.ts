import { useMutation } from "@tanstack/react-query";

import { unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { publicApi } from "./public-client";

export type PublicVisitorInput = components["schemas"]["PublicVisitorRequest"];
export type PublicRegistration = components["schemas"]["PublicRegistration"];

// POST /api/v1/public/{org_slug}/chapters/{token}/visitors (no account, rate-limited: 429).
// 400 with field errors, 409 with a `detail` once the guest has visited as often as the
// organization allows (the next step is to apply).
export function registerPublicVisitor(orgSlug: string, token: string, body: PublicVisitorInput) {
  return unwrap(
    publicApi.POST("/api/v1/public/{org_slug}/chapters/{token}/visitors", {
      params: { path: { org_slug: orgSlug, token } },
      body,
    }),
  );
}

export function useRegisterPublicVisitor(orgSlug: string, token: string) {
  return useMutation({
    mutationFn: (body: PublicVisitorInput) => registerPublicVisitor(orgSlug, token, body),
  });
}
