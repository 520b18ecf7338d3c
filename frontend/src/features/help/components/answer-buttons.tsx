import { Button, SimpleGrid } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";

import { ConfirmModal } from "@/components/ui/confirm-modal";
import { errorMessage } from "@/lib/errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useConfirmOneToOne } from "../api/confirm-one-to-one";
import { useDisputeOneToOne } from "../api/dispute-one-to-one";
import type { OneToOne } from "../api/get-one-to-ones";

import { formatDay } from "./dates";

interface AnswerButtonsProps {
  orgSlug: string;
  oneToOne: OneToOne;
}

/**
 * The answer of someone met: confirming is one tap (the 1-2-1 counts); disputing is asked
 * twice, as no answer can be taken back.
 */
export function AnswerButtons({ orgSlug, oneToOne }: AnswerButtonsProps) {
  const confirm = useConfirmOneToOne(orgSlug);
  const dispute = useDisputeOneToOne(orgSlug);
  const [asking, { open: ask, close }] = useDisclosure(false);
  const busy = confirm.isPending || dispute.isPending;
  const once = useSingleFlight();

  // Awaited rather than given callbacks: once answered, the card leaves the list it was in.
  const confirmIt = async () => {
    try {
      await confirm.mutateAsync(oneToOne.id);
    } catch (error) {
      notifications.show({
        color: "red",
        title: "Answer not recorded",
        message: errorMessage(error),
      });
      return;
    }
    notifications.show({ color: "green", message: "1-2-1 confirmed" });
  };

  const disputeIt = async () => {
    try {
      await dispute.mutateAsync(oneToOne.id);
    } catch {
      return; // Said in the dialog.
    }
    close();
    notifications.show({ message: "1-2-1 disputed" });
  };

  const closeAsking = () => {
    dispute.reset();
    close();
  };

  return (
    <>
      <SimpleGrid cols={2} spacing="xs">
        <Button
          color="green"
          onClick={() => once(confirmIt)}
          loading={confirm.isPending}
          disabled={busy}
        >
          Confirm
        </Button>
        <Button variant="default" onClick={ask} disabled={busy}>
          Dispute
        </Button>
      </SimpleGrid>
      <ConfirmModal
        opened={asking}
        title="Dispute this 1-2-1?"
        confirmLabel="Dispute"
        pending={dispute.isPending}
        error={dispute.isError ? errorMessage(dispute.error) : null}
        onConfirm={() => once(disputeIt)}
        onClose={closeAsking}
      >
        You say you did not meet {oneToOne.member_name} on {formatDay(oneToOne.met_on)}. It will
        not count for you, and the answer cannot be changed.
      </ConfirmModal>
    </>
  );
}
