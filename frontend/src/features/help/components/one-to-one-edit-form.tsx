import { Button, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { todayIn } from "@/lib/calendar";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useChangeOneToOne } from "../api/change-one-to-one";
import type { OneToOne } from "../api/get-one-to-ones";

import { CorrectionReasonField } from "./correction-reason-field";
import {
  ONE_TO_ONE_EDIT_RULES,
  oneToOneChanges,
  oneToOneEditValues,
  type OneToOneEditValues,
} from "./one-to-one-edit-values";
import { MODE_OPTIONS } from "./one-to-one-labels";
import { SegmentedField } from "./segmented-field";
import { useCorrectionReason } from "./use-correction-reason";

interface OneToOneEditFormProps {
  orgSlug: string;
  oneToOne: OneToOne;
  /** Whether the person leads the slip's chapter: they may correct a completed week. */
  leader: boolean;
  onDone: () => void;
}

/** A 1-2-1 as logged, to fix: when, how, the notes. Only the fields changed are sent. */
export function OneToOneEditForm({ orgSlug, oneToOne, leader, onDone }: OneToOneEditFormProps) {
  const change = useChangeOneToOne(orgSlug);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<OneToOneEditValues>({
    initialValues: oneToOneEditValues(oneToOne),
    validate: ONE_TO_ONE_EDIT_RULES,
  });
  const once = useSingleFlight();
  const correction = useCorrectionReason(leader);

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      const changes = oneToOneChanges(form.getInitialValues(), values);
      if (Object.keys(changes).length === 0) return onDone();
      try {
        await change.mutateAsync({
          oneToOneId: oneToOne.id,
          changes: { ...changes, ...correction.sent },
        });
      } catch (error) {
        // A locked week (409) has no field: its detail is read above the button, and a
        // leader who gave no reason is taken to the reason.
        setFormError(applyServerErrors(form, error));
        return correction.refused(error);
      }
      notifications.show({ color: "green", message: "1-2-1 updated" });
      onDone();
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
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
        <CorrectionReasonField correction={correction} />
        <FormAlert message={formError} />
        <Button type="submit" size="md" fullWidth loading={change.isPending}>
          Save changes
        </Button>
      </Stack>
    </form>
  );
}
