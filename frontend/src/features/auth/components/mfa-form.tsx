import { Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { AllauthError } from "@/lib/allauth/client";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useAuthenticateMfa } from "../api/authenticate-mfa";

const LOGIN_EXPIRED = "This login has expired. Go back and log in again.";

export function MfaForm({ onSuccess }: { onSuccess: () => void }) {
  const authenticate = useAuthenticateMfa();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { code: "" },
    validate: { code: (value) => (value.trim() ? null : "Enter the code from your app.") },
    transformValues: (values) => ({ code: values.code.replace(/\s+/g, "") }),
  });

  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await authenticate.mutateAsync(values);
      } catch (error) {
        // No login waiting for its second step (it expired, or the page was opened directly).
        if (error instanceof AllauthError && (error.status === 409 || error.status === 401)) {
          return setFormError(LOGIN_EXPIRED);
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
          label="Authentication code"
          description="The 6-digit code from your authenticator app, or one of your recovery codes."
          autoComplete="one-time-code"
          autoFocus
          required
          {...form.getInputProps("code")}
        />
        <FormAlert message={formError} />
        <Button type="submit" loading={authenticate.isPending} fullWidth>
          Verify
        </Button>
      </Stack>
    </form>
  );
}
