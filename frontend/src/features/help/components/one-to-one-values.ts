import { todayIn } from "@/lib/calendar";
import type { Choice } from "@/lib/lookups/choices";

import type { OneToOneMode } from "../api/get-one-to-ones";
import type { OneToOneInput } from "../api/log-one-to-one";

import { pastDate } from "./date-rules";

export interface OneToOneValues {
  /** The seat that met them. */
  member: string;
  /** Who they met. */
  first: Choice | null;
  /** A third person at the same table, if any. */
  second: Choice | null;
  met_on: string;
  mode: OneToOneMode;
  notes: string;
}

export function blankOneToOne(member: string, today = todayIn()): OneToOneValues {
  return { member, first: null, second: null, met_on: today, mode: "in_person", notes: "" };
}

export const ONE_TO_ONE_RULES = {
  first: (value: Choice | null) => (value ? null : "Choose who you met."),
  second: (value: Choice | null, values: OneToOneValues) =>
    value && value.value === values.first?.value ? "Choose someone else, or leave it empty." : null,
  met_on: pastDate,
};

export function toOneToOneInput(values: OneToOneValues): OneToOneInput {
  const others = [values.first, values.second].flatMap((member) => (member ? [member.value] : []));
  return {
    member: values.member,
    others,
    met_on: values.met_on,
    mode: values.mode,
    notes: values.notes.trim(),
  };
}
