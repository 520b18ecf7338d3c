const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });

/** A calendar date from the API ("2026-03-01") in the reader's words; "—" without one. */
export function formatDay(date: string | null): string {
  if (!date) return "—";
  return DAY.format(new Date(`${date}T00:00:00Z`));
}
