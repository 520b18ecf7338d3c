/**
 * The key of any query on an organization's data. The slug always comes first, so one
 * organization's cached data can never answer for another, and `[slug]` alone matches all
 * of it (`invalidateQueries({ queryKey: [slug] })`).
 */
export function orgKey<const T extends readonly unknown[]>(orgSlug: string, ...rest: T) {
  return [orgSlug, ...rest] as const;
}

/**
 * The key of a query on data that belongs to no organization (the signed-in person, the
 * policies every organization can set). It starts with "app", a word no organization may take
 * as its slug (platform/tenancy/validators.py), so `[slug]` never matches it and its own key
 * never matches an organization's data.
 */
export function sharedKey<const T extends readonly unknown[]>(...rest: T) {
  return ["app", ...rest] as const;
}
