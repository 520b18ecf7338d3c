import { ApiError } from "@/lib/api/errors";
import { errorMessage } from "@/lib/errors";

import type { RowProblem } from "../api/import-roster";

/** Why a check or an import failed: bad rows (nothing was imported), or the file as a whole. */
export type ImportFailure =
  | { kind: "rows"; detail: string; problems: RowProblem[] }
  | { kind: "file"; message: string };

function isRowProblem(value: unknown): value is RowProblem {
  return typeof value === "object" && value !== null && "line" in value && "message" in value;
}

export function importFailure(error: unknown): ImportFailure {
  if (error instanceof ApiError && error.status === 400) {
    // `errors.rows` holds the problems themselves ({line, column, message}), not messages.
    const rows: unknown = error.errors.rows;
    if (Array.isArray(rows) && rows.every(isRowProblem)) {
      return { kind: "rows", detail: error.detail, problems: rows };
    }
    const file: unknown = error.errors.file;
    if (Array.isArray(file) && file.length > 0) {
      return { kind: "file", message: file.join(" ") };
    }
  }
  return { kind: "file", message: errorMessage(error) };
}
