import { Modal, type ModalProps } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import type { ReactNode } from "react";

import { errorMessage } from "@/lib/errors";
import { useIsPhone } from "@/lib/use-is-phone";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { Withdrawal } from "../api/slip-withdrawal";

import { SlipMenu } from "./slip-menu";
import { useCorrectionReason } from "./use-correction-reason";
import { WithdrawSlipModal } from "./withdraw-slip-modal";

/** The withdrawal of one kind of slip: its success refreshes the help shown. */
interface WithdrawMutation<Input> {
  mutateAsync: (input: Input) => Promise<unknown>;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  reset: () => void;
}

interface SlipActionsProps<Input> {
  /** The menu button's name: "More actions for Dee". */
  label: string;
  /** Whether the person leads the slip's chapter: they may correct a completed week. */
  leader: boolean;
  edit: {
    title: string;
    size?: ModalProps["size"];
    /** The slip's edit form, closing the dialog when done. */
    form: (onDone: () => void) => ReactNode;
  };
  withdraw: {
    title: string;
    confirmLabel: string;
    /** The notification once the API took it. */
    notice: string;
    mutation: WithdrawMutation<Input>;
    /** The request for this slip, a leader's reason included. */
    toInput: (withdrawal: Withdrawal) => Input;
  };
  /** What withdrawing changes, in a sentence. */
  children: ReactNode;
}

/**
 * The fix for a slip given by mistake: edit it, or withdraw it after one more question. Both
 * until the week's report is completed; then the API says it is locked, and only a leader of
 * the chapter, giving a reason, still corrects it.
 */
export function SlipActions<Input>(props: SlipActionsProps<Input>) {
  const { label, leader, edit, withdraw, children } = props;
  const isPhone = useIsPhone();
  const [editing, { open: openEdit, close: closeEdit }] = useDisclosure(false);
  const [asking, { open: ask, close }] = useDisclosure(false);
  const { mutation } = withdraw;
  const correction = useCorrectionReason(leader);
  const once = useSingleFlight();

  const closeAsking = () => {
    mutation.reset();
    correction.clear();
    close();
  };

  const withdrawIt = async () => {
    try {
      await mutation.mutateAsync(withdraw.toInput(correction.sent));
    } catch (error) {
      return correction.refused(error); // Said in the dialog.
    }
    closeAsking();
    notifications.show({ color: "green", message: withdraw.notice });
  };

  return (
    <>
      <SlipMenu label={label} onEdit={openEdit} onWithdraw={ask} />
      <Modal
        opened={editing}
        onClose={closeEdit}
        title={edit.title}
        fullScreen={isPhone}
        size={edit.size}
      >
        {edit.form(closeEdit)}
      </Modal>
      <WithdrawSlipModal
        opened={asking}
        title={withdraw.title}
        confirmLabel={withdraw.confirmLabel}
        correction={correction}
        pending={mutation.isPending}
        error={mutation.isError ? errorMessage(mutation.error) : null}
        onConfirm={() => once(withdrawIt)}
        onClose={closeAsking}
      >
        {children}
      </WithdrawSlipModal>
    </>
  );
}
