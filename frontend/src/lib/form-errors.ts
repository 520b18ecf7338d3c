import { AllauthError } from "@/lib/allauth/client";
import { ApiError, flattenErrors } from "@/lib/api/errors";
import { errorMessage } from "@/lib/errors";

interface FormWithErrors {
  setErrors: (errors: Record<string, string>) => void;
  getValues: () => object;
}

/** A field path exists in the form's values ("settings.max_absences" included). */
function hasField(values: object, path: string): boolean {
  let current: unknown = values;
  for (const part of path.split(".")) {
    if (typeof current !== "object" || current === null || !(part in current)) return false;
    current = (current as Record<string, unknown>)[part];
  }
  return true;
}

/**
 * Put the server's field errors next to the form's fields and return the message for the
 * rest (non-field errors or the problem's `detail`), to show above the submit button.
 * `aliases` maps a server field name to a form field when they differ.
 */
export function applyServerErrors(
  form: FormWithErrors,
  error: unknown,
  aliases: Record<string, string> = {},
): string | null {
  const fieldErrors: Record<string, string> = {};
  const other: string[] = [];
  const values = form.getValues();

  const place = (field: string | undefined, message: string) => {
    const path = field ? (aliases[field] ?? field) : undefined;
    if (path && hasField(values, path)) {
      fieldErrors[path] = fieldErrors[path] ? `${fieldErrors[path]} ${message}` : message;
    } else {
      other.push(message);
    }
  };

  if (error instanceof ApiError) {
    for (const [field, message] of Object.entries(flattenErrors(error.errors))) {
      place(field === "non_field_errors" ? undefined : field, message);
    }
    if (Object.keys(fieldErrors).length === 0 && other.length === 0) other.push(errorMessage(error));
  } else if (error instanceof AllauthError && error.fieldErrors.length > 0) {
    for (const item of error.fieldErrors) place(item.param, item.message);
  } else {
    other.push(errorMessage(error));
  }

  form.setErrors(fieldErrors);
  return other.length > 0 ? other.join(" ") : null;
}
