import { Textarea, TextInput } from "@mantine/core";

import { todayIn } from "@/lib/calendar";

import { useLogOneToOne } from "../api/log-one-to-one";

import { GiveForm } from "./give-form";
import { MemberPicker } from "./member-picker";
import { MODE_OPTIONS, peopleMet } from "./one-to-one-labels";
import { blankOneToOne, ONE_TO_ONE_RULES, toOneToOneInput } from "./one-to-one-values";
import type { Seat } from "./seats";
import { SegmentedField } from "./segmented-field";
import { useGiveForm } from "./use-give-form";

interface OneToOneFormProps {
  orgSlug: string;
  seats: readonly Seat[];
  ownMembers: readonly string[];
  onDone: () => void;
}

/** Log a 1-2-1 just had: who, today, in person. The people met are asked to confirm it. */
export function OneToOneForm({ orgSlug, seats, ownMembers, onDone }: OneToOneFormProps) {
  const { form, shell } = useGiveForm({
    seats,
    seatField: "member",
    blank: blankOneToOne,
    validate: ONE_TO_ONE_RULES,
    mutation: useLogOneToOne(orgSlug),
    toInput: toOneToOneInput,
    notice: (logged) => `1-2-1 with ${peopleMet(logged)} logged: they are asked to confirm`,
    // The people met are one list for the API: its complaints go to the first picker.
    aliases: () => ({ others: "first" }),
    onDone,
  });

  const first = form.values.first;
  return (
    <GiveForm {...shell} submitLabel="Log 1-2-1">
      <MemberPicker
        orgSlug={orgSlug}
        label="Who did you meet?"
        value={first}
        onChange={(member) => form.setFieldValue("first", member)}
        exclude={ownMembers}
        error={form.errors.first}
        autoFocus
      />
      <MemberPicker
        orgSlug={orgSlug}
        label="And (optional)"
        value={form.values.second}
        onChange={(member) => form.setFieldValue("second", member)}
        exclude={first ? [...ownMembers, first.value] : ownMembers}
        error={form.errors.second}
        required={false}
      />
      <TextInput
        label="Date"
        type="date"
        max={todayIn()}
        required
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
    </GiveForm>
  );
}
