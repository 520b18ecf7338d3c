import { NumberInput, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";

import { Select } from "@/components/ui/select";
import { todayIn } from "@/lib/calendar";

import { useRecordEducation } from "../api/record-education";

import {
  blankEducation,
  EDUCATION_KIND_OPTIONS,
  EDUCATION_RULES,
  MAX_CREDITS,
  MIN_CREDITS,
  toEducationInput,
  type EducationValues,
} from "./education-values";
import { GiveForm } from "./give-form";
import type { Seat } from "./seats";
import { useGiveForm } from "./use-give-form";

interface EducationFormProps {
  orgSlug: string;
  seats: readonly Seat[];
  onDone: () => void;
}

/** A course, book or workshop the person completed: learning to give better help counts too. */
export function EducationForm({ orgSlug, seats, onDone }: EducationFormProps) {
  const { form, shell } = useGiveForm({
    seats,
    seatField: "member",
    blank: blankEducation,
    validate: EDUCATION_RULES,
    mutation: useRecordEducation(orgSlug),
    toInput: toEducationInput,
    notice: () => "Education recorded",
    onDone,
  });

  return (
    <GiveForm {...shell} submitLabel="Record education">
      <EducationFields form={form} />
    </GiveForm>
  );
}

/** What a course was, when, and what it is worth: the same when recorded and when fixed. */
export function EducationFields({
  form,
}: {
  form: UseFormReturnType<Omit<EducationValues, "member">>;
}) {
  return (
    <>
    <Select
      label="Kind"
      data={EDUCATION_KIND_OPTIONS}
      value={form.values.kind}
      onChange={(value) => {
        const kind = EDUCATION_KIND_OPTIONS.find((option) => option.value === value);
        if (kind) form.setFieldValue("kind", kind.value);
      }}
      allowDeselect={false}
      error={form.errors.kind}
    />
    <TextInput
      label="Title"
      maxLength={200}
      required
      data-autofocus
      {...form.getInputProps("title")}
    />
    <TextInput
      label="Completed on"
      type="date"
      max={todayIn()}
      required
      {...form.getInputProps("completed_on")}
    />
    <NumberInput
      label="Credits"
      min={MIN_CREDITS}
      max={MAX_CREDITS}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="strict"
      inputMode="numeric"
      required
      {...form.getInputProps("credits")}
    />
    </>
  );
}
