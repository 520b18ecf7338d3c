// The link in the password reset email. For someone locked out; they came to choose a new
// password and get back in, in about 20 seconds.
import { Anchor, Button, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";

import { CardLayout } from "@/components/ui/card-layout";
import { FormAlert } from "@/components/ui/form-alert";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { AllauthError } from "@/lib/allauth/client";
import { errorMessage } from "@/lib/errors";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { usePasswordReset } from "../api/get-password-reset";
import { useResetPassword } from "../api/reset-password";
import { useFinishLogin } from "../components/use-finish-login";
import { MIN_PASSWORD_LENGTH, validateNewPassword } from "../components/validation";

export default function PasswordResetRoute() {
  const { key = "" } = useParams();
  const check = usePasswordReset(key);
  const reset = useResetPassword();
  const navigate = useNavigate();
  const finishLogin = useFinishLogin();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: "" },
    validate: { password: validateNewPassword },
  });

  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await reset.mutateAsync({ key, password: values.password });
      } catch (error) {
        if (error instanceof AllauthError && error.status === 401) {
          // Password changed; this set-up asks the person to log in with it.
          notifications.show({ color: "green", message: "Password changed. Log in with it." });
          return navigate(paths.auth.login, { replace: true });
        }
        return setFormError(applyServerErrors(form, error));
      }
      finishLogin();
    }),
  );

  const footer = (
    <Anchor component={Link} to={paths.auth.login}>
      Back to log in
    </Anchor>
  );

  if (check.isPending) {
    return (
      <CardLayout title="Choose a new password">
        <PageLoader />
      </CardLayout>
    );
  }
  if (check.isError) {
    const invalid = check.error instanceof AllauthError && check.error.status === 400;
    return (
      <CardLayout title="Choose a new password" footer={footer}>
        <FormAlert
          message={
            invalid ? "This link is invalid or has expired." : errorMessage(check.error)
          }
        />
        <Button component={Link} to={paths.auth.passwordReset} variant="light">
          Send a new link
        </Button>
      </CardLayout>
    );
  }

  return (
    <CardLayout title="Choose a new password" footer={footer}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <PasswordInput
            label="New password"
            description={`At least ${MIN_PASSWORD_LENGTH} characters, not a common word.`}
            autoComplete="new-password"
            required
            {...form.getInputProps("password")}
          />
          <FormAlert message={formError} />
          <Button type="submit" loading={reset.isPending} fullWidth>
            Set new password
          </Button>
        </Stack>
      </form>
    </CardLayout>
  );
}
