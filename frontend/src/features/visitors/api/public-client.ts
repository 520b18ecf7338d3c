import createClient from "openapi-fetch";

import type { paths } from "@/lib/api/schema";

// A guest on a chapter's visitor link has no account: these calls carry no cookie and no CSRF
// token, so a stale or missing session can neither change the answer nor send them to log in.
export const publicApi = createClient<paths>({
  baseUrl: window.location.origin,
  credentials: "omit",
  headers: { Accept: "application/json" },
  // Looked up on every call, so tests can replace the global fetch.
  fetch: (request) => globalThis.fetch(request),
});
