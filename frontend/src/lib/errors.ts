import { AllauthError } from "@/lib/allauth/client";
import { ApiError } from "@/lib/api/errors";

const OFFLINE = "Could not reach the server. Check your connection and try again.";
const UNKNOWN = "Something went wrong. Please try again.";
const SERVER_FAULT = "Something went wrong on our side. Please try again in a moment.";

/** One sentence for a person, whatever failed. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.detail;
  if (error instanceof AllauthError) {
    if (error.status >= 500) return SERVER_FAULT;
    if (error.status === 429) return "Too many attempts. Wait a moment and try again.";
    return error.fieldErrors[0]?.message ?? UNKNOWN;
  }
  if (error instanceof TypeError) return OFFLINE;
  return UNKNOWN;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}
