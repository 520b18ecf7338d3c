const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

const FORMAT = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

/** How long ago an instant was, in the reader's words: "3 days ago", "yesterday", "now". */
export function formatRelative(moment: string, now: Date = new Date()): string {
  const seconds = Math.round((new Date(moment).getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return FORMAT.format(Math.trunc(seconds / size), unit);
  }
  return FORMAT.format(0, "second");
}
