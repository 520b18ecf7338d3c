import { Modal } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";

import { errorMessage } from "@/lib/errors";
import { useIsPhone } from "@/lib/use-is-phone";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { OneToOne } from "../api/get-one-to-ones";
import { useWithdrawOneToOne } from "../api/withdraw-one-to-one";

import { formatDay } from "./dates";
import { OneToOneEditForm } from "./one-to-one-edit-form";
import { peopleMet } from "./one-to-one-labels";
import { SlipMenu } from "./slip-menu";
import { useCorrectionReason } from "./use-correction-reason";
import { WithdrawSlipModal } from "./withdraw-slip-modal";

interface OneToOneActionsProps {
  orgSlug: string;
  oneToOne: OneToOne;
  /** Whether the person leads the 1-2-1's chapter: they may correct a completed week. */
  leader: boolean;
}

/**
 * The fix for a 1-2-1 logged by mistake: edit it, or withdraw it after one more question.
 * Both until the week's report is completed; then the API says it is locked, and only a
 * leader of the chapter, giving a reason, still corrects it.
 */
export function OneToOneActions({ orgSlug, oneToOne, leader }: OneToOneActionsProps) {
  const isPhone = useIsPhone();
  const [editing, { open: edit, close: closeEdit }] = useDisclosure(false);
  const [asking, { open: ask, close }] = useDisclosure(false);
  const withdraw = useWithdrawOneToOne(orgSlug);
  const correction = useCorrectionReason(leader);
  const once = useSingleFlight();
  const met = peopleMet(oneToOne);

  const closeAsking = () => {
    withdraw.reset();
    correction.clear();
    close();
  };

  const withdrawIt = async () => {
    try {
      await withdraw.mutateAsync({ oneToOneId: oneToOne.id, ...correction.sent });
    } catch (error) {
      return correction.refused(error); // Said in the dialog.
    }
    closeAsking();
    notifications.show({ color: "green", message: "1-2-1 withdrawn" });
  };

  return (
    <>
      <SlipMenu
        label={`More actions for 1-2-1 with ${met} on ${formatDay(oneToOne.met_on)}`}
        onEdit={edit}
        onWithdraw={ask}
      />
      <Modal opened={editing} onClose={closeEdit} title="Edit 1-2-1" fullScreen={isPhone}>
        <OneToOneEditForm
          orgSlug={orgSlug}
          oneToOne={oneToOne}
          leader={leader}
          onDone={closeEdit}
        />
      </Modal>
      <WithdrawSlipModal
        opened={asking}
        title="Withdraw this 1-2-1?"
        confirmLabel="Withdraw 1-2-1"
        correction={correction}
        pending={withdraw.isPending}
        error={withdraw.isError ? errorMessage(withdraw.error) : null}
        onConfirm={() => once(withdrawIt)}
        onClose={closeAsking}
      >
        It will no longer count for anyone, and {met} will no longer see it.
      </WithdrawSlipModal>
    </>
  );
}
