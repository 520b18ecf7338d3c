// "Forgot password?". For anyone locked out; they came to get a reset link by email, in about
// 15 seconds.
import { Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { Link } from "react-router";

import { CardLayout } from "@/components/ui/card-layout";
import { FormAlert } from "@/components/ui/form-alert";
import { paths } from "@/config/paths";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useRequestPasswordReset } from "../api/request-password-reset";
import { validateEmail } from "../components/validation";

export default function PasswordResetRequestRoute() {
  const request = useRequestPasswordReset();
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({ initialValues: { email: "" }, validate: { email: validateEmail } });

  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await request.mutateAsync(values);
      } catch (error) {
        return setFormError(applyServerErrors(form, error));
      }
      setSentTo(values.email);
    }),
  );

  const footer = (
    <Anchor component={Link} to={paths.auth.login}>
      Back to log in
    </Anchor>
  );

  if (sentTo) {
    return (
      <CardLayout title="Check your inbox" footer={footer}>
        <Text>
          If an account exists for <strong>{sentTo}</strong>, we have sent it a link to choose a
          new password.
        </Text>
      </CardLayout>
    );
  }

  return (
    <CardLayout
      title="Reset your password"
      description="Enter your email address and we will send you a link to choose a new password."
      footer={footer}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps("email")}
          />
          <FormAlert message={formError} />
          <Button type="submit" loading={request.isPending} fullWidth>
            Send reset link
          </Button>
        </Stack>
      </form>
    </CardLayout>
  );
}
