import createClient, { type Middleware } from "openapi-fetch";

import { csrfToken, isUnsafeMethod } from "@/lib/csrf";

import { ApiError } from "./errors";
import type { paths } from "./schema";

// Same origin, session cookie. Unsafe methods carry the CSRF token Django expects.
const csrf: Middleware = {
  async onRequest({ request }) {
    if (isUnsafeMethod(request.method)) {
      const token = await csrfToken();
      if (token) request.headers.set("X-CSRFToken", token);
    }
    return request;
  },
};

export const api = createClient<paths>({
  // An absolute base: the same origin in the browser, jsdom's in tests.
  baseUrl: window.location.origin,
  credentials: "same-origin",
  headers: { Accept: "application/json" },
  // Looked up on every call, so tests can replace the global fetch.
  fetch: (request) => globalThis.fetch(request),
});
api.use(csrf);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful call; an `ApiError` with the problem body otherwise. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw new ApiError(response.status, error);
  return data as T;
}
