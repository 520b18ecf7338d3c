import { Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { TagsInput } from "@/components/ui/tags-input";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

const NAME_MAX = 120;
const SPECIALTIES_MAX = 50;

export interface CategoryValues {
  name: string;
  specialties: string[];
}

interface CategoryFormProps {
  initialValues?: CategoryValues;
  submitLabel: string;
  pending: boolean;
  /** Resolves when saved; rejects with the server's error. */
  onSubmit: (values: CategoryValues) => Promise<unknown>;
  onDone?: () => void;
}

/** A category's name and specialties: adding one and editing one. */
export function CategoryForm(props: CategoryFormProps) {
  const { initialValues = { name: "", specialties: [] }, submitLabel, pending } = props;
  const { onSubmit, onDone } = props;
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CategoryValues>({
    initialValues,
    validate: {
      name: (value) => {
        if (!value.trim()) return "Enter a name.";
        return value.trim().length > NAME_MAX ? `Use at most ${NAME_MAX} characters.` : null;
      },
    },
  });

  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await onSubmit({ name: values.name.trim(), specialties: values.specialties });
      } catch (error) {
        return setFormError(applyServerErrors(form, error));
      }
      form.reset();
      onDone?.();
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Category name"
          placeholder="Residential real estate"
          maxLength={NAME_MAX}
          required
          {...form.getInputProps("name")}
        />
        <TagsInput
          label="Specialties"
          description="Optional. Press Enter after each one."
          placeholder="Buyers, sellers"
          maxTags={SPECIALTIES_MAX}
          {...form.getInputProps("specialties")}
        />
        <FormAlert message={formError} />
        <div>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
