import type { OneToOneChange } from "../api/change-one-to-one";
import type { OneToOne, OneToOneMode } from "../api/get-one-to-ones";

import { pastDate } from "./date-rules";

export interface OneToOneEditValues {
  met_on: string;
  mode: OneToOneMode;
  notes: string;
}

/** The form as the 1-2-1 stands. */
export function oneToOneEditValues(oneToOne: OneToOne): OneToOneEditValues {
  return { met_on: oneToOne.met_on, mode: oneToOne.mode, notes: oneToOne.notes };
}

export const ONE_TO_ONE_EDIT_RULES = { met_on: pastDate };

/** Only what was changed: an untouched form sends nothing. */
export function oneToOneChanges(
  before: OneToOneEditValues,
  after: OneToOneEditValues,
): OneToOneChange {
  const changes: OneToOneChange = {};
  if (after.met_on !== before.met_on) changes.met_on = after.met_on;
  if (after.mode !== before.mode) changes.mode = after.mode;
  if (after.notes.trim() !== before.notes.trim()) changes.notes = after.notes.trim();
  return changes;
}
