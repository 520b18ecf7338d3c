import { Button, Group, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

const MAX_LENGTH = 120;

interface RegionNameFormProps {
  initialName?: string;
  submitLabel: string;
  pending: boolean;
  /** Resolves when saved; rejects with the server's error. */
  onSubmit: (name: string) => Promise<unknown>;
  onDone?: () => void;
}

/** A region's name: adding one and renaming one. */
export function RegionNameForm(props: RegionNameFormProps) {
  const { initialName = "", submitLabel, pending, onSubmit, onDone } = props;
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: initialName },
    validate: {
      name: (value) => {
        if (!value.trim()) return "Enter a name.";
        return value.trim().length > MAX_LENGTH ? `Use at most ${MAX_LENGTH} characters.` : null;
      },
    },
  });

  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await onSubmit(values.name.trim());
      } catch (error) {
        return setFormError(applyServerErrors(form, error));
      }
      form.reset();
      onDone?.();
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label="Region name"
          placeholder="North"
          maxLength={MAX_LENGTH}
          required
          style={{ flex: "1 1 220px" }}
          {...form.getInputProps("name")}
        />
        <Button type="submit" loading={pending} mt={{ base: 0, xs: 25 }}>
          {submitLabel}
        </Button>
      </Group>
      <FormAlert message={formError} />
    </form>
  );
}
