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
