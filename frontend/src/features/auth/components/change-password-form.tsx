import { Button, Group, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useChangePassword } from "../api/change-password";

import { MIN_PASSWORD_LENGTH, validateNewPassword } from "./validation";

export function ChangePasswordForm() {
  const change = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { current_password: "", new_password: "" },
    validate: {
      current_password: (value) => (value ? null : "Enter your current password."),
      new_password: (value, values) =>
        validateNewPassword(value) ??
        (value === values.current_password ? "Choose a password you have not used here." : null),
    },
  });

  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await change.mutateAsync(values);
      } catch (error) {
        return setFormError(applyServerErrors(form, error));
      }
      form.reset();
      notifications.show({ color: "green", message: "Your password has been changed." });
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={420}>
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          {...form.getInputProps("current_password")}
        />
        <PasswordInput
          label="New password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters, not a common word.`}
          autoComplete="new-password"
          required
          {...form.getInputProps("new_password")}
        />
        <FormAlert message={formError} />
        <Group>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
