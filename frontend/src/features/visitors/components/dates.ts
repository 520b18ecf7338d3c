// Calendar dates from the API ("2026-03-03") are days, not instants: they are formatted in
// UTC so that no reader's time zone moves them to the day before.
const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });
const DAY_IN_WORDS = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeZone: "UTC" });

const asDay = (date: string) => new Date(`${date}T00:00:00Z`);

/** "Mar 3, 2026", in the reader's words. */
export function formatDay(date: string): string {
  return DAY.format(asDay(date));
}

/** "Tuesday, March 3, 2026", in the reader's words: how meetings are offered. */
export function formatDayInWords(date: string): string {
  return DAY_IN_WORDS.format(asDay(date));
}

/** A meeting's start in the chapter's time zone: "Tuesday, March 3, 2026 at 7:00 AM". */
export function formatMeetingStart(startsAt: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "short", timeZone })
    .format(new Date(startsAt));
}

const MOMENT_DAY = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** The day of an instant ("2026-03-03T09:30:00Z") on the reader's calendar. */
export function formatMomentDay(moment: string): string {
  return MOMENT_DAY.format(new Date(moment));
}
