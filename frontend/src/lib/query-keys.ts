/**
 * The key of any query on an organization's data. The slug always comes first, so one
 * organization's cached data can never answer for another, and `[slug]` alone matches all
 * of it (`invalidateQueries({ queryKey: [slug] })`).
 */
export function orgKey<const T extends readonly unknown[]>(orgSlug: string, ...rest: T) {
  return [orgSlug, ...rest] as const;
}
