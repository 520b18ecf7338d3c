import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { AllauthError } from "@/lib/allauth/client";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useSignup } from "../api/signup";

import { MIN_PASSWORD_LENGTH, validateEmail, validateNewPassword } from "./validation";

interface SignupFormProps {
  onSuccess: () => void;
  onPendingFlow: (flow: string) => void;
}

export function SignupForm({ onSuccess, onPendingFlow }: SignupFormProps) {
  const signup = useSignup();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: { email: validateEmail, password: validateNewPassword },
  });

  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await signup.mutateAsync(values);
      } catch (error) {
        if (error instanceof AllauthError && error.status === 401 && error.pendingFlow) {
          return onPendingFlow(error.pendingFlow);
        }
        return setFormError(applyServerErrors(form, error));
      }
      onSuccess();
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps("email")}
        />
        <PasswordInput
          label="Password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters, not a common word.`}
          autoComplete="new-password"
          required
          {...form.getInputProps("password")}
        />
        <FormAlert message={formError} />
        <Button type="submit" loading={signup.isPending} fullWidth>
          Sign up
        </Button>
      </Stack>
    </form>
  );
}
