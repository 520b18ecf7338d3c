// Client-side checks: they catch typos early; the server's answer remains the rule.
export { validateEmail } from "@/lib/email";

// Django's default minimum (MinimumLengthValidator); the server also refuses common passwords.
export const MIN_PASSWORD_LENGTH = 8;

export function validateNewPassword(value: string): string | null {
  if (!value) return "Choose a password.";
  return value.length >= MIN_PASSWORD_LENGTH
    ? null
    : `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
}
