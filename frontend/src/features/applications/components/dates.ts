// Calendar dates from the API ("2026-03-03") are days, not instants: they are formatted in
// UTC so that no reader's time zone moves them to the day before.
const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });
const MOMENT_DAY = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** "Mar 3, 2026", in the reader's words. */
export function formatDay(date: string): string {
  return DAY.format(new Date(`${date}T00:00:00Z`));
}

/** The day of an instant ("2026-03-03T09:30:00Z") on the reader's calendar. */
export function formatMomentDay(moment: string): string {
  return MOMENT_DAY.format(new Date(moment));
}
