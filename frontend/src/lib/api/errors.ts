import type { components } from "./schema";

export type Problem = components["schemas"]["Problem"];

/**
 * `errors` of a problem body. Usually `{field: [messages]}`, but nested objects go one level
 * deeper: a bad policy comes back as `{"settings": {"max_absences": ["..."]}}`.
 */
export interface ProblemErrors {
  [field: string]: string[] | ProblemErrors;
}

const SERVER_FAULT = "Something went wrong on our side. Please try again in a moment.";

/** A failed call to our API (`/api/v1`), with the body normalised to the one error shape. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly errors: ProblemErrors;

  constructor(status: number, body: unknown) {
    const problem = isProblem(body) ? body : null;
    const detail = problem?.detail ?? (status >= 500 ? SERVER_FAULT : `Request failed (${status}).`);
    super(detail);
    this.name = "ApiError";
    this.status = status;
    this.title = problem?.title ?? "Error";
    this.detail = status >= 500 ? SERVER_FAULT : detail;
    this.errors = (problem?.errors as ProblemErrors | undefined) ?? {};
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === "object" && body !== null && "status" in body && "detail" in body;
}

/**
 * Field errors as form paths: `{"settings": {"max_absences": ["A", "B"]}}` becomes
 * `{"settings.max_absences": "A B"}`.
 */
export function flattenErrors(errors: ProblemErrors, prefix = ""): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value)) {
      flat[path] = value.join(" ");
    } else {
      Object.assign(flat, flattenErrors(value, path));
    }
  }
  return flat;
}
