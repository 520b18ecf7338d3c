import type { PublicChapter } from "../api/get-public-chapter";

/** By the API's numbering: 0 is Monday, 6 is Sunday. */
const WEEKDAYS = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

const FORMATS: Record<PublicChapter["meeting_format"], string> = {
  in_person: "in person",
  online: "online",
  hybrid: "in person and online",
};

type Schedule = Pick<
  PublicChapter,
  "meeting_frequency" | "meeting_weekday" | "meeting_start_time" | "meeting_format"
>;

/** When the chapter meets, as a guest would say it: "Every Tuesday at 07:00, in person". */
export function describeScheduleForGuests(chapter: Schedule): string {
  const day = WEEKDAYS[chapter.meeting_weekday] ?? "";
  const time = chapter.meeting_start_time.slice(0, 5);
  const when = {
    weekly: `Every ${day}`,
    biweekly: `Every other ${day}`,
    monthly: `One ${day} a month`,
  }[chapter.meeting_frequency];
  return `${when} at ${time}, ${FORMATS[chapter.meeting_format]}`;
}
