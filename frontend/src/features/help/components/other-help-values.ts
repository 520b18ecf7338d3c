import type { Choice } from "@/lib/lookups/choices";

import type { OtherHelpInput, OtherHelpKind } from "../api/give-other-help";

export interface OtherHelpValues {
  /** The seat it is given from. */
  giver: string;
  receiver: Choice | null;
  kind: OtherHelpKind;
  note: string;
}

export const OTHER_HELP_KIND_OPTIONS: { value: OtherHelpKind; label: string }[] = [
  { value: "introduction", label: "Introduction" },
  { value: "lead", label: "Lead passed on" },
  { value: "information", label: "Useful information" },
];

export function blankOtherHelp(giver: string): OtherHelpValues {
  return { giver, receiver: null, kind: "introduction", note: "" };
}

export const OTHER_HELP_RULES = {
  receiver: (value: Choice | null) => (value ? null : "Choose the member you helped."),
};

export function toOtherHelpInput(values: OtherHelpValues): OtherHelpInput {
  return {
    giver: values.giver,
    receiver: values.receiver?.value ?? "",
    kind: values.kind,
    note: values.note.trim(),
  };
}
