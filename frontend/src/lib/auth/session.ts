import { AllauthError } from "@/lib/allauth/client";
import { ApiError } from "@/lib/api/errors";

/**
 * The error means "you are not signed in (any more)". Our API says so with a 401. The auth
 * API also answers 401 on login steps (pending two-factor, a password re-check): those are
 * steps of a flow, not a lost session, and are handled where they happen.
 */
export function isSessionEnded(error: unknown): boolean {
  if (error instanceof ApiError) return error.status === 401;
  if (error instanceof AllauthError) {
    if (error.status === 410) return true;
    return (
      error.status === 401 &&
      error.path.startsWith("/account/") &&
      error.body.meta?.is_authenticated === false &&
      error.pendingFlow === null
    );
  }
  return false;
}
