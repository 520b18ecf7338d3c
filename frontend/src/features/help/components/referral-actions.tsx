import type { Referral } from "../api/get-referrals";
import { useWithdrawReferral } from "../api/withdraw-referral";

import { ReferralEditForm } from "./referral-edit-form";
import { SlipActions } from "./slip-actions";

interface ReferralActionsProps {
  orgSlug: string;
  referral: Referral;
  /** Whether the person leads the referral's chapter: they may correct a completed week. */
  leader: boolean;
}

/** The fix for a referral given by mistake: edit it, or withdraw it after one more question. */
export function ReferralActions({ orgSlug, referral, leader }: ReferralActionsProps) {
  const withdraw = useWithdrawReferral(orgSlug);
  return (
    <SlipActions
      label={`More actions for ${referral.contact_name}`}
      leader={leader}
      edit={{
        title: "Edit referral",
        size: "lg",
        form: (onDone) => (
          <ReferralEditForm orgSlug={orgSlug} referral={referral} leader={leader} onDone={onDone} />
        ),
      }}
      withdraw={{
        title: "Withdraw this referral?",
        confirmLabel: "Withdraw referral",
        notice: "Referral withdrawn",
        mutation: withdraw,
        toInput: (withdrawal) => ({ referralId: referral.id, ...withdrawal }),
      }}
    >
      It will no longer count for you, and {referral.receiver_name} will no longer see it.
    </SlipActions>
  );
}
