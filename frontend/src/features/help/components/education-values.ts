import { todayIn } from "@/lib/calendar";

import type { EducationInput, EducationKind } from "../api/record-education";

import { pastDate } from "./date-rules";

export interface EducationValues {
  /** The seat that learned. */
  member: string;
  kind: EducationKind;
  title: string;
  completed_on: string;
  credits: number | string;
}

export const EDUCATION_KIND_OPTIONS: { value: EducationKind; label: string }[] = [
  { value: "course", label: "Course" },
  { value: "podcast", label: "Podcast" },
  { value: "book", label: "Book" },
  { value: "workshop", label: "Workshop" },
  { value: "presentation", label: "Presentation" },
];

export const MIN_CREDITS = 1;
export const MAX_CREDITS = 10;

export function blankEducation(member: string, today = todayIn()): EducationValues {
  return { member, kind: "course", title: "", completed_on: today, credits: MIN_CREDITS };
}

export const EDUCATION_RULES = {
  title: (value: string) => (value.trim() ? null : "Enter the title."),
  completed_on: pastDate,
  credits: (value: number | string) => {
    const credits = Number(value);
    const inRange = credits >= MIN_CREDITS && credits <= MAX_CREDITS;
    return value !== "" && Number.isInteger(credits) && inRange
      ? null
      : `From ${MIN_CREDITS} to ${MAX_CREDITS} credits.`;
  },
};

export function toEducationInput(values: EducationValues): EducationInput {
  return {
    member: values.member,
    kind: values.kind,
    title: values.title.trim(),
    completed_on: values.completed_on,
    credits: Number(values.credits),
  };
}
