import { paths } from "@/config/paths";

// A placeholder origin: `next` values are resolved against it to see whether they stay on it.
const SAME_SITE = "https://same-site.invalid";

/**
 * The `next` parameter of the login page, if it is safe to go to after logging in: a path of
 * this app (`/app/...`), never another site (`//evil.example`, `https://...`), never the
 * login flow itself. Anything else gives null, and the caller goes to its default.
 */
export function safeNext(raw: string | null | undefined): string | null {
  if (!raw || !raw.startsWith("/app/") || raw.includes("\\")) return null;
  let url: URL;
  try {
    url = new URL(raw, SAME_SITE);
  } catch {
    return null;
  }
  if (url.origin !== SAME_SITE) return null;
  // Checked again after normalisation: "/app/../admin/" resolves to "/admin/".
  if (!url.pathname.startsWith("/app/") || url.pathname.startsWith("/app/auth/")) return null;
  return url.pathname + url.search + url.hash;
}

/** The login page, remembering where to come back to when that place is safe. */
export function loginPath(next?: string | null): string {
  const target = safeNext(next);
  return target ? `${paths.auth.login}?next=${encodeURIComponent(target)}` : paths.auth.login;
}

/** Carry a safe `next` along from one auth page to another (login -> MFA step). */
export function withNext(path: string, next: string | null): string {
  const target = safeNext(next);
  return target ? `${path}?next=${encodeURIComponent(target)}` : path;
}

// Where to go once an email address is confirmed. The confirmation link from the email may
// open in a fresh tab, so the `next` of the sign-up is kept in this browser until then.
const PENDING_NEXT = "auth.pendingNext";

/** Keep a safe `next` for after email verification (nothing when it is not safe). */
export function rememberNext(next: string | null): void {
  const target = safeNext(next);
  try {
    if (target) localStorage.setItem(PENDING_NEXT, target);
    else localStorage.removeItem(PENDING_NEXT);
  } catch {
    // Storage refused (private mode): the person lands on the start page instead.
  }
}

/** The `next` kept by `rememberNext`, read once: it is forgotten as it is read. */
export function takeRememberedNext(): string | null {
  try {
    const target = safeNext(localStorage.getItem(PENDING_NEXT));
    localStorage.removeItem(PENDING_NEXT);
    return target;
  } catch {
    return null;
  }
}
