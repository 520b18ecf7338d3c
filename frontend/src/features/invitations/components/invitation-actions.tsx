import { Button, Group } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { ConfirmModal } from "@/components/ui/confirm-modal";
import { errorMessage } from "@/lib/errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { Invitation } from "../api/get-invitations";
import { useResendInvitation } from "../api/resend-invitation";
import { useRevokeInvitation } from "../api/revoke-invitation";

interface InvitationActionsProps {
  orgSlug: string;
  invitation: Invitation;
}

/** Send a pending invitation's link again (with a fresh expiry), or withdraw it. */
export function InvitationActions({ orgSlug, invitation }: InvitationActionsProps) {
  const resend = useResendInvitation(orgSlug);
  const revoke = useRevokeInvitation(orgSlug);
  const [revoking, setRevoking] = useState(false);
  const once = useSingleFlight();
  const { email } = invitation;

  if (invitation.status !== "pending") return null;

  const sendAgain = () =>
    once(async () => {
      try {
        await resend.mutateAsync(invitation.id);
      } catch (error) {
        notifications.show({
          color: "red",
          title: "Invitation not sent",
          message: errorMessage(error),
        });
        return;
      }
      notifications.show({ color: "green", message: `A new link was sent to ${email}.` });
    });

  const confirmRevoke = () =>
    once(async () => {
      try {
        await revoke.mutateAsync(invitation.id);
      } catch {
        return;
      }
      setRevoking(false);
      notifications.show({ color: "green", message: `The invitation to ${email} was revoked.` });
    });

  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <Button variant="subtle" size="xs" onClick={sendAgain} loading={resend.isPending}>
        Resend
      </Button>
      <Button
        variant="subtle"
        color="red"
        size="xs"
        onClick={() => {
          revoke.reset();
          setRevoking(true);
        }}
      >
        Revoke
      </Button>
      <ConfirmModal
        opened={revoking}
        title={`Revoke the invitation to ${email}?`}
        confirmLabel="Revoke invitation"
        pending={revoke.isPending}
        error={revoke.isError ? errorMessage(revoke.error) : null}
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(false)}
      >
        The link stops working. You can invite them again later.
      </ConfirmModal>
    </Group>
  );
}
