import { Alert, Button, Stack, Text } from "@mantine/core";

import { useMe } from "@/lib/auth/me";
import { errorMessage } from "@/lib/errors";

import { useRequestEmailVerification } from "../api/request-email-verification";

/** Two-factor login needs a confirmed address (allauth answers 409 until then). */
export function EmailNotVerified() {
  const me = useMe();
  const resend = useRequestEmailVerification();
  const email = me.data?.email;

  return (
    <Alert color="yellow" variant="light" title="Confirm your email address first">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          Two-factor authentication needs a confirmed email address. Open the link we emailed
          you{email ? ` at ${email}` : ""}, then come back here.
        </Text>
        {resend.isSuccess ? (
          <Text size="sm" fw={500}>
            We have sent the link again.
          </Text>
        ) : (
          email && (
            <Button
              size="xs"
              variant="white"
              loading={resend.isPending}
              onClick={() => resend.mutate({ email })}
            >
              Send the link again
            </Button>
          )
        )}
        {resend.isError && (
          <Text size="sm" c="red">
            {errorMessage(resend.error)}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
