/** The `cursor` of a page link: lists answer `{next, previous, results}` with full URLs. */
export function cursorOf(link: string | null): string | undefined {
  if (!link) return undefined;
  return new URL(link, window.location.origin).searchParams.get("cursor") ?? undefined;
}
