const MOMENT = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const MOMENT_DAY = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** An instant ("2026-03-03T09:30:00Z") on the reader's clock: "Mar 3, 2026, 9:30 AM". */
export function formatMoment(moment: string): string {
  return MOMENT.format(new Date(moment));
}

/** The day of an instant on the reader's calendar: "Mar 3, 2026". */
export function formatMomentDay(moment: string): string {
  return MOMENT_DAY.format(new Date(moment));
}
