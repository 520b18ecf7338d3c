// The client-side email check every form shares: it catches typos early; the server's answer
// remains the rule. An empty field and a malformed address get different words.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const EMAIL_MISSING = "Enter your email address.";
export const EMAIL_INVALID = "This is not a valid email address (like name@example.com).";

export function validateEmail(value: string): string | null {
  if (!value.trim()) return EMAIL_MISSING;
  return EMAIL.test(value.trim()) ? null : EMAIL_INVALID;
}
