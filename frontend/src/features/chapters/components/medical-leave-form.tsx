import { Button, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { MedicalLeaveInput } from "../api/create-medical-leave";

interface LeaveValues {
  starts_on: string;
  ends_on: string;
  note: string;
}

const INITIAL: LeaveValues = { starts_on: "", ends_on: "", note: "" };

const RULES = {
  starts_on: (value: string) => (value ? null : "Enter the first day."),
  ends_on: (value: string, values: LeaveValues) => {
    if (!value) return "Enter the last day.";
    return values.starts_on && value < values.starts_on
      ? "The leave cannot end before it starts."
      : null;
  },
};

interface MedicalLeaveFormProps {
  pending: boolean;
  /** Resolves when saved; rejects with the server's error. */
  onSubmit: (body: MedicalLeaveInput) => Promise<unknown>;
}

/** Approve a medical leave in advance: between these dates the member may be marked Medical. */
export function MedicalLeaveForm({ pending, onSubmit }: MedicalLeaveFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<LeaveValues>({ initialValues: INITIAL, validate: RULES });
  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await onSubmit({
          starts_on: values.starts_on,
          ends_on: values.ends_on,
          note: values.note.trim(),
        });
      } catch (error) {
        return setFormError(applyServerErrors(form, error));
      }
      form.reset();
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label="Starts on" type="date" required {...form.getInputProps("starts_on")} />
          <TextInput label="Ends on" type="date" required {...form.getInputProps("ends_on")} />
        </SimpleGrid>
        <TextInput
          label="Note"
          description="Optional. Keep medical details out of it."
          maxLength={200}
          {...form.getInputProps("note")}
        />
        <FormAlert message={formError} />
        <Group>
          <Button type="submit" loading={pending}>
            Approve leave
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
