import { type OtherHelp, type OtherHelpChange, useChangeOtherHelp } from "../api/other-help";

import { OtherHelpFields } from "./other-help-form";
import type { OtherHelpValues } from "./other-help-values";
import { SlipEditForm } from "./slip-edit-form";
import { useSlipEdit } from "./use-slip-edit";

type OtherHelpEditValues = Pick<OtherHelpValues, "kind" | "note">;

/** Only what was changed: an untouched form sends nothing. */
function otherHelpChanges(before: OtherHelpEditValues, after: OtherHelpEditValues): OtherHelpChange {
  const changes: OtherHelpChange = {};
  if (after.kind !== before.kind) changes.kind = after.kind;
  if (after.note.trim() !== before.note.trim()) changes.note = after.note.trim();
  return changes;
}

interface OtherHelpEditFormProps {
  orgSlug: string;
  help: OtherHelp;
  leader: boolean;
  onDone: () => void;
}

/** Other help as given, to fix: its kind and note (the member helped stays the same). */
export function OtherHelpEditForm({ orgSlug, help, leader, onDone }: OtherHelpEditFormProps) {
  const { form, shell } = useSlipEdit({
    initialValues: { kind: help.kind, note: help.note },
    validate: {},
    changes: otherHelpChanges,
    mutation: useChangeOtherHelp(orgSlug),
    toInput: (changes) => ({ otherHelpId: help.id, changes }),
    leader,
    notice: "Help updated",
    onDone,
  });
  return (
    <SlipEditForm {...shell}>
      <OtherHelpFields form={form} />
    </SlipEditForm>
  );
}
