// Slugs as the back end accepts them (platform/tenancy/validators.py): 3 to 50 lowercase
// letters, digits and hyphens, starting and ending with a letter or digit; not a word the
// app uses in its own URLs.
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,48}[a-z0-9]$/;
export const SLUG_MAX_LENGTH = 50;
const RESERVED = new Set([
  "account",
  "admin",
  "api",
  "app",
  "auth",
  "new",
  "onboarding",
  "settings",
  "static",
]);

/** "Café Networking — North!" -> "cafe-networking-north". */
export function suggestSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, "");
}

export function validateSlug(slug: string): string | null {
  if (!slug) return "Choose a slug: it becomes part of your organization's web address.";
  if (!SLUG_PATTERN.test(slug)) {
    return "Use 3 to 50 lowercase letters, digits and hyphens, starting and ending with a letter or digit.";
  }
  if (RESERVED.has(slug)) return "This word is reserved; choose another slug.";
  return null;
}
