import { todayIn } from "@/lib/calendar";

export const IN_THE_FUTURE = "The date cannot be in the future.";

/** A calendar date that is set and not after today (YYYY-MM-DD compares as text). */
export function pastDate(value: string): string | null {
  if (!value) return "Enter the date.";
  return value > todayIn() ? IN_THE_FUTURE : null;
}
