import { Textarea, TextInput } from "@mantine/core";

import { todayIn } from "@/lib/calendar";

import { useChangeOneToOne } from "../api/change-one-to-one";
import type { OneToOne } from "../api/get-one-to-ones";

import {
  ONE_TO_ONE_EDIT_RULES,
  oneToOneChanges,
  oneToOneEditValues,
} from "./one-to-one-edit-values";
import { MODE_OPTIONS } from "./one-to-one-labels";
import { SegmentedField } from "./segmented-field";
import { SlipEditForm } from "./slip-edit-form";
import { useSlipEdit } from "./use-slip-edit";

interface OneToOneEditFormProps {
  orgSlug: string;
  oneToOne: OneToOne;
  /** Whether the person leads the slip's chapter: they may correct a completed week. */
  leader: boolean;
  onDone: () => void;
}

/** A 1-2-1 as logged, to fix: when, how, the notes. Only the fields changed are sent. */
export function OneToOneEditForm({ orgSlug, oneToOne, leader, onDone }: OneToOneEditFormProps) {
  const { form, shell } = useSlipEdit({
    initialValues: oneToOneEditValues(oneToOne),
    validate: ONE_TO_ONE_EDIT_RULES,
    changes: oneToOneChanges,
    mutation: useChangeOneToOne(orgSlug),
    toInput: (changes) => ({ oneToOneId: oneToOne.id, changes }),
    leader,
    notice: "1-2-1 updated",
    onDone,
  });

  return (
    <SlipEditForm {...shell}>
      <TextInput
        label="Date"
        type="date"
        max={todayIn()}
        required
        data-autofocus
        {...form.getInputProps("met_on")}
      />
      <SegmentedField
        label="How"
        data={MODE_OPTIONS}
        value={form.values.mode}
        onChange={(mode) => form.setFieldValue("mode", mode)}
        error={form.errors.mode}
      />
      <Textarea label="Notes" rows={2} maxLength={4000} {...form.getInputProps("notes")} />
    </SlipEditForm>
  );
}
