const DAY = 24 * 3600 * 1000;

/** Whole days from an instant to now. */
export function daysSince(moment: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(moment).getTime()) / DAY));
}

/** "today", "1 day ago", "12 days ago": how long a referral has waited. */
export function formatDaysSince(moment: string, now: Date = new Date()): string {
  const days = daysSince(moment, now);
  if (days === 0) return "today";
  return `${days} ${days === 1 ? "day" : "days"} ago`;
}
