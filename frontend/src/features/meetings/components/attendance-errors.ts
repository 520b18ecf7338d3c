import { ApiError, flattenErrors } from "@/lib/api/errors";
import { errorMessage } from "@/lib/errors";

/** What went wrong on one row of the grid. */
export interface RowErrors {
  status?: string;
  substitute_name?: string;
}

export interface AttendanceErrors {
  /** By member id. */
  rows: Record<string, RowErrors>;
  correction_reason?: string;
  /** Anything else: the problem's `detail`, a network failure. */
  other: string | null;
}

// `entries[3].substitute_name` from the service's checks; `entries.3.status` when the request's
// shape is refused (a list's errors are keyed by position).
const ENTRY_FIELD = /^entries(?:\[(\d+)\]|\.(\d+))\.(\w+)$/;

/**
 * The server's answer to a refused save, placed on the rows. The server numbers entries by
 * their position in the request, so `sent` is the member ids in the order they were sent.
 */
export function attendanceErrors(error: unknown, sent: readonly string[]): AttendanceErrors {
  const result: AttendanceErrors = { rows: {}, other: null };
  if (!(error instanceof ApiError)) return { ...result, other: errorMessage(error) };

  const other: string[] = [];
  for (const [key, message] of Object.entries(flattenErrors(error.errors))) {
    const match = ENTRY_FIELD.exec(key);
    const memberId = match ? sent[Number(match[1] ?? match[2])] : undefined;
    if (match && memberId) {
      // A wrong member (not on the roster, listed twice) is about the row as a whole.
      const field = match[3] === "substitute_name" ? "substitute_name" : "status";
      const row = (result.rows[memberId] ??= {});
      row[field] = row[field] ? `${row[field]} ${message}` : message;
    } else if (key === "correction_reason") {
      result.correction_reason = message;
    } else {
      other.push(message);
    }
  }
  const placed = Object.keys(result.rows).length > 0 || result.correction_reason !== undefined;
  if (other.length > 0) result.other = other.join(" ");
  else if (!placed) result.other = errorMessage(error);
  return result;
}
