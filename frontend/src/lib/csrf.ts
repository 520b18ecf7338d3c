// Django checks unsafe requests (POST, PATCH, PUT, DELETE) for an X-CSRFToken header equal to
// the `csrftoken` cookie. Any GET of the allauth browser API sets that cookie.
const SESSION_URL = "/_allauth/browser/v1/auth/session";
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

export function isUnsafeMethod(method: string): boolean {
  return UNSAFE.has(method.toUpperCase());
}

/** The CSRF token, fetching the cookie first when this browser has none yet. */
export async function csrfToken(): Promise<string | null> {
  const existing = readCookie("csrftoken");
  if (existing) return existing;
  await fetch(new URL(SESSION_URL, window.location.origin), { credentials: "same-origin", headers: { Accept: "application/json" } });
  return readCookie("csrftoken");
}
