import { Modal } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";

import { errorMessage } from "@/lib/errors";
import { useIsPhone } from "@/lib/use-is-phone";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { Referral } from "../api/get-referrals";
import { useWithdrawReferral } from "../api/withdraw-referral";

import { ReferralEditForm } from "./referral-edit-form";
import { SlipMenu } from "./slip-menu";
import { useCorrectionReason } from "./use-correction-reason";
import { WithdrawSlipModal } from "./withdraw-slip-modal";

interface ReferralActionsProps {
  orgSlug: string;
  referral: Referral;
  /** Whether the person leads the referral's chapter: they may correct a completed week. */
  leader: boolean;
}

/**
 * The fix for a referral given by mistake: edit it, or withdraw it after one more question.
 * Both until the week's report is completed; then the API says it is locked, and only a
 * leader of the chapter, giving a reason, still corrects it.
 */
export function ReferralActions({ orgSlug, referral, leader }: ReferralActionsProps) {
  const isPhone = useIsPhone();
  const [editing, { open: edit, close: closeEdit }] = useDisclosure(false);
  const [asking, { open: ask, close }] = useDisclosure(false);
  const withdraw = useWithdrawReferral(orgSlug);
  const correction = useCorrectionReason(leader);
  const once = useSingleFlight();

  const closeAsking = () => {
    withdraw.reset();
    correction.clear();
    close();
  };

  const withdrawIt = async () => {
    try {
      await withdraw.mutateAsync({ referralId: referral.id, ...correction.sent });
    } catch (error) {
      return correction.refused(error); // Said in the dialog.
    }
    closeAsking();
    notifications.show({ color: "green", message: "Referral withdrawn" });
  };

  return (
    <>
      <SlipMenu
        label={`More actions for ${referral.contact_name}`}
        onEdit={edit}
        onWithdraw={ask}
      />
      <Modal
        opened={editing}
        onClose={closeEdit}
        title="Edit referral"
        fullScreen={isPhone}
        size="lg"
      >
        <ReferralEditForm
          orgSlug={orgSlug}
          referral={referral}
          leader={leader}
          onDone={closeEdit}
        />
      </Modal>
      <WithdrawSlipModal
        opened={asking}
        title="Withdraw this referral?"
        confirmLabel="Withdraw referral"
        correction={correction}
        pending={withdraw.isPending}
        error={withdraw.isError ? errorMessage(withdraw.error) : null}
        onConfirm={() => once(withdrawIt)}
        onClose={closeAsking}
      >
        It will no longer count for you, and {referral.receiver_name} will no longer see it.
      </WithdrawSlipModal>
    </>
  );
}
