import { ApiError } from "@/lib/api/errors";
import { applyServerErrors } from "@/lib/form-errors";

export const TOO_MANY_REGISTRATIONS = "Too many registrations from here; try again later";

interface FormWithErrors {
  setErrors: (errors: Record<string, string>) => void;
  getValues: () => object;
}

/**
 * A failed registration: field errors next to their fields; the visit limit (409, which tells
 * the guest to apply) and the rate limit above the button, where they are read as a whole.
 */
export function registrationError(form: FormWithErrors, error: unknown): string | null {
  if (error instanceof ApiError && (error.status === 409 || error.status === 429)) {
    form.setErrors({});
    return error.status === 409 ? error.detail : TOO_MANY_REGISTRATIONS;
  }
  return applyServerErrors(form, error);
}
