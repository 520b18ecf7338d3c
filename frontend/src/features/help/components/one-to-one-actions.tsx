import type { OneToOne } from "../api/get-one-to-ones";
import { useWithdrawOneToOne } from "../api/withdraw-one-to-one";

import { formatDay } from "./dates";
import { OneToOneEditForm } from "./one-to-one-edit-form";
import { peopleMet } from "./one-to-one-labels";
import { SlipActions } from "./slip-actions";

interface OneToOneActionsProps {
  orgSlug: string;
  oneToOne: OneToOne;
  /** Whether the person leads the 1-2-1's chapter: they may correct a completed week. */
  leader: boolean;
}

/** The fix for a 1-2-1 logged by mistake: edit it, or withdraw it after one more question. */
export function OneToOneActions({ orgSlug, oneToOne, leader }: OneToOneActionsProps) {
  const withdraw = useWithdrawOneToOne(orgSlug);
  const met = peopleMet(oneToOne);
  return (
    <SlipActions
      label={`More actions for 1-2-1 with ${met} on ${formatDay(oneToOne.met_on)}`}
      leader={leader}
      edit={{
        title: "Edit 1-2-1",
        form: (onDone) => (
          <OneToOneEditForm orgSlug={orgSlug} oneToOne={oneToOne} leader={leader} onDone={onDone} />
        ),
      }}
      withdraw={{
        title: "Withdraw this 1-2-1?",
        confirmLabel: "Withdraw 1-2-1",
        notice: "1-2-1 withdrawn",
        mutation: withdraw,
        toInput: (withdrawal) => ({ oneToOneId: oneToOne.id, ...withdrawal }),
      }}
    >
      It will no longer count for anyone, and {met} will no longer see it.
    </SlipActions>
  );
}
