import type { MantineColor } from "@mantine/core";

import type { Chapter } from "../api/get-chapters";

type ChapterStatus = Chapter["status"];
type Frequency = Chapter["meeting_frequency"];
type Format = Chapter["meeting_format"];

export const CHAPTER_STATUSES: readonly ChapterStatus[] = [
  "forming",
  "active",
  "suspended",
  "closed",
];

export const CHAPTER_STATUS_LABELS: Record<ChapterStatus, string> = {
  forming: "Forming",
  active: "Active",
  suspended: "Suspended",
  closed: "Closed",
};

export const CHAPTER_STATUS_COLORS: Record<ChapterStatus, MantineColor> = {
  forming: "blue",
  active: "green",
  suspended: "orange",
  closed: "gray",
};

export const FREQUENCIES: readonly Frequency[] = ["weekly", "biweekly", "monthly"];

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  weekly: "Weekly",
  biweekly: "Every two weeks",
  monthly: "Monthly",
};

export const FORMATS: readonly Format[] = ["in_person", "online", "hybrid"];

export const FORMAT_LABELS: Record<Format, string> = {
  in_person: "In person",
  online: "Online",
  hybrid: "Hybrid",
};

/** By the API's numbering: 0 is Monday, 6 is Sunday. */
export const WEEKDAYS = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

/** The meeting schedule in words: "Weekly, Tuesday 07:00, in person". */
export function describeSchedule(
  chapter: Pick<
    Chapter,
    "meeting_frequency" | "meeting_weekday" | "meeting_start_time" | "meeting_format"
  >,
): string {
  const day = WEEKDAYS[chapter.meeting_weekday] ?? "";
  const time = chapter.meeting_start_time.slice(0, 5);
  return [
    FREQUENCY_LABELS[chapter.meeting_frequency],
    `${day} ${time}`.trim(),
    FORMAT_LABELS[chapter.meeting_format].toLowerCase(),
  ].join(", ");
}
