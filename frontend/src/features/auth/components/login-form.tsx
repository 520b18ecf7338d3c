import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { Link } from "react-router";

import { FormAlert } from "@/components/ui/form-alert";
import { paths } from "@/config/paths";
import { AllauthError } from "@/lib/allauth/client";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useLogin } from "../api/login";

import { validateEmail } from "./validation";

interface LoginFormProps {
  /** Signed in (or already was). */
  onSuccess: () => void;
  /** Signed in half-way: the server wants another step (`mfa_authenticate`, `verify_email`). */
  onPendingFlow: (flow: string) => void;
}

export function LoginForm({ onSuccess, onPendingFlow }: LoginFormProps) {
  const login = useLogin();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: "", password: "" },
    validate: {
      email: validateEmail,
      password: (value) => (value ? null : "Enter your password."),
    },
  });

  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await login.mutateAsync(values);
      } catch (error) {
        if (error instanceof AllauthError) {
          // 409: this browser is signed in already.
          if (error.status === 409) return onSuccess();
          if (error.status === 401 && error.pendingFlow) return onPendingFlow(error.pendingFlow);
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
          autoComplete="username"
          required
          {...form.getInputProps("email")}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          {...form.getInputProps("password")}
        />
        <Group justify="flex-end">
          <Anchor component={Link} to={paths.auth.passwordReset} size="sm">
            Forgot password?
          </Anchor>
        </Group>
        <FormAlert message={formError} />
        <Button type="submit" loading={login.isPending} fullWidth>
          Log in
        </Button>
      </Stack>
    </form>
  );
}
