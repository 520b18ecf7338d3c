import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";

import { visitorChanged } from "./invalidate-visitors";

export type VisitorCreateInput = components["schemas"]["VisitorCreateRequest"];

// POST /api/v1/orgs/{org_slug}/visitors/ (`visitors:invite`): a member registers a guest for
// a chapter where they hold a seat and gets the visitor credit; leaders for the chapters they
// lead. 400 on the fields (a meeting that is not upcoming), 409 with a `detail` once the guest
// has visited as often as the organization allows.
export function registerVisitor(orgSlug: string, body: VisitorCreateInput) {
  return unwrap(
    api.POST("/api/v1/orgs/{org_slug}/visitors/", {
      params: { path: { org_slug: orgSlug } },
      body,
    }),
  );
}

export function useRegisterVisitor(orgSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VisitorCreateInput) => registerVisitor(orgSlug, body),
    onSuccess: (visitor) => visitorChanged(queryClient, orgSlug, visitor),
  });
}
