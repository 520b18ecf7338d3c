import { ApiError, flattenErrors } from "@/lib/api/errors";
import { errorMessage } from "@/lib/errors";

/** Why the settings were refused: the server's messages on the rows, or its one sentence. */
export function saveProblem(error: unknown): string {
  if (error instanceof ApiError) {
    const messages = Object.values(flattenErrors(error.errors));
    if (messages.length > 0) return messages.join(" ");
  }
  return errorMessage(error);
}
