import { Button, Group, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useCallback, useRef, useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { ReauthenticationCancelled } from "@/lib/allauth/reauthenticate";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useReauthenticate } from "../api/reauthenticate";

interface Pending {
  resolve: () => void;
  reject: (reason: unknown) => void;
}

/**
 * A password prompt that sensitive actions can wait on: `confirm()` opens it and settles when
 * the person has confirmed (resolves) or closed it (rejects with ReauthenticationCancelled).
 * Render `modal` once in the page.
 */
export function useReauthentication() {
  const pending = useRef<Pending | null>(null);
  const [opened, setOpened] = useState(false);

  const confirm = useCallback(
    () =>
      new Promise<void>((resolve, reject) => {
        pending.current = { resolve, reject };
        setOpened(true);
      }),
    [],
  );

  const settle = (confirmed: boolean) => {
    setOpened(false);
    const current = pending.current;
    pending.current = null;
    if (confirmed) current?.resolve();
    else current?.reject(new ReauthenticationCancelled());
  };

  const modal = (
    <ReauthenticateModal
      opened={opened}
      onConfirmed={() => settle(true)}
      onCancel={() => settle(false)}
    />
  );
  return { confirm, modal };
}

interface ReauthenticateModalProps {
  opened: boolean;
  onConfirmed: () => void;
  onCancel: () => void;
}

function ReauthenticateModal({ opened, onConfirmed, onCancel }: ReauthenticateModalProps) {
  const reauthenticate = useReauthenticate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: "" },
    validate: { password: (value) => (value ? null : "Enter your password.") },
  });

  const close = () => {
    form.reset();
    setFormError(null);
    onCancel();
  };

  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await reauthenticate.mutateAsync(values);
      } catch (error) {
        return setFormError(applyServerErrors(form, error));
      }
      form.reset();
      onConfirmed();
    }),
  );

  return (
    <Modal opened={opened} onClose={close} title="Confirm it's you" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">For your security, enter your password again to continue.</Text>
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            data-autofocus
            required
            {...form.getInputProps("password")}
          />
          <FormAlert message={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={reauthenticate.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={reauthenticate.isPending}>
              Confirm
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
