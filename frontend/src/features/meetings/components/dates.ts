const DAY = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const LONG_DAY = new Intl.DateTimeFormat(undefined, {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** A meeting's calendar date ("2026-03-03") in the reader's words: "Tue, Mar 3, 2026". */
export function formatMeetingDay(date: string): string {
  return DAY.format(new Date(`${date}T00:00:00Z`));
}

/** The same, spelled out for a page title: "Tuesday, March 3, 2026". */
export function formatMeetingDayLong(date: string): string {
  return LONG_DAY.format(new Date(`${date}T00:00:00Z`));
}

/** When a meeting starts, on the chapter's clock: the API gives the zone with the meeting, so
 * the time is never first shown on the browser's clock and then moved. */
export function formatMeetingTime(startsAt: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(new Date(startsAt));
}
