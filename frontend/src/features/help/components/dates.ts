// Calendar dates from the API ("2026-03-03") are days, not instants: formatted in UTC so that
// no reader's time zone moves them to the day before.
const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });

/** "Mar 1, 2026 – Mar 31, 2026", in the reader's words. */
export function formatPeriod(start: string, end: string): string {
  return DAY.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
}

/** "Mar 3, 2026", in the reader's words. */
export function formatDay(date: string): string {
  return DAY.format(new Date(`${date}T00:00:00Z`));
}
