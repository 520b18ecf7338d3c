import { Badge, Button, Code, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { QRCodeSVG } from "qrcode.react";
import { useState } from "react";

import { ErrorState } from "@/components/ui/error-state";
import { FormAlert } from "@/components/ui/form-alert";
import { PageLoader } from "@/components/ui/page-loader";
import { AllauthError } from "@/lib/allauth/client";
import { ReauthenticationCancelled } from "@/lib/allauth/reauthenticate";
import { errorMessage } from "@/lib/errors";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useActivateTotp } from "../api/activate-totp";
import { useAuthenticators } from "../api/get-authenticators";
import { useRecoveryCodes } from "../api/get-recovery-codes";
import { type TotpSetup, useTotpSetup } from "../api/get-totp-setup";

import { EmailNotVerified } from "./email-not-verified";
import { useReauthentication } from "./reauthenticate-modal";
import { RecoveryCodes } from "./recovery-codes";

export function TotpSection() {
  const authenticators = useAuthenticators();
  const { confirm, modal } = useReauthentication();
  const setup = useTotpSetup();
  const recoveryCodes = useRecoveryCodes(confirm);
  const [codes, setCodes] = useState<string[] | null>(null);

  const once = useSingleFlight();
  // Each set-up request may hand out a new secret: only one may be in flight.
  const startSetup = () => once(() => setup.mutateAsync().catch(() => undefined));
  const showCodes = () =>
    once(() =>
      recoveryCodes.mutateAsync().then(
        (unused) => setCodes(unused),
        () => undefined,
      ),
    );

  if (authenticators.isPending) return <PageLoader />;
  if (authenticators.isError) {
    return <ErrorState error={authenticators.error} onRetry={() => void authenticators.refetch()} />;
  }

  const totpOn = authenticators.data.some((item) => item.type === "totp");

  return (
    <Stack gap="md">
      {modal}
      <Group gap="xs">
        <Text fw={500}>Status</Text>
        <Badge color={totpOn ? "green" : "gray"} variant="light">
          {totpOn ? "On" : "Off"}
        </Badge>
      </Group>
      {totpOn ? (
        <>
          <Text size="sm" c="dimmed">
            Logging in asks for a code from your authenticator app after your password.
          </Text>
          {codes === null && (
            <Group>
              <Button variant="default" onClick={showCodes} loading={recoveryCodes.isPending}>
                Show recovery codes
              </Button>
            </Group>
          )}
          {recoveryCodes.isError && !(recoveryCodes.error instanceof ReauthenticationCancelled) && (
            <FormAlert message={errorMessage(recoveryCodes.error)} />
          )}
        </>
      ) : setup.data ? (
        <ActivateTotp setup={setup.data} confirm={confirm} onActivated={showCodes} />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            Add a second step to logging in: a code from an authenticator app on your phone.
          </Text>
          <Group>
            <Button onClick={startSetup} loading={setup.isPending}>
              Set up two-factor authentication
            </Button>
          </Group>
          {setup.isError &&
            (setup.error instanceof AllauthError && setup.error.status === 409 ? (
              <EmailNotVerified />
            ) : (
              <FormAlert message={errorMessage(setup.error)} />
            ))}
        </>
      )}
      {codes !== null && <RecoveryCodes codes={codes} />}
    </Stack>
  );
}

interface ActivateTotpProps {
  setup: TotpSetup;
  confirm: () => Promise<void>;
  onActivated: () => void;
}

function ActivateTotp({ setup, confirm, onActivated }: ActivateTotpProps) {
  const activate = useActivateTotp(confirm);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { code: "" },
    validate: {
      code: (value) => (/^\d{6}$/.test(value.trim()) ? null : "Enter the 6-digit code."),
    },
  });

  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await activate.mutateAsync({ code: values.code.trim() });
      } catch (error) {
        if (error instanceof ReauthenticationCancelled) return;
        return setFormError(applyServerErrors(form, error));
      }
      onActivated();
    }),
  );

  return (
    <Stack gap="md">
      <Text size="sm">
        1. Scan this QR code with an authenticator app (for example Google Authenticator, 1Password
        or Authy), or type the key below into it.
      </Text>
      <Paper withBorder p="md" w="fit-content" bg="white">
        <QRCodeSVG value={setup.totp_url} size={176} title="QR code for your authenticator app" />
      </Paper>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          Key
        </Text>
        <Code data-testid="totp-secret" fz="sm" style={{ wordBreak: "break-all" }}>
          {setup.secret}
        </Code>
      </Stack>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={320}>
          <TextInput
            label="Authentication code"
            description="2. Enter the 6-digit code the app shows."
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            {...form.getInputProps("code")}
          />
          <FormAlert message={formError} />
          <Group>
            <Button type="submit" loading={activate.isPending}>
              Activate
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
