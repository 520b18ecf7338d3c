import { type ThankYou, useThankYous } from "../api/get-thank-yous";
import { useWithdrawThankYou } from "../api/withdraw-thank-you";

import { formatDay } from "./dates";
import { formatAmount } from "./money";
import { MySlipList, SlipCard } from "./my-slip-list";
import { SlipActions } from "./slip-actions";
import { ThankYouEditForm } from "./thank-you-edit-form";

export interface MyHelpListProps {
  orgSlug: string;
  /** The person's seats: the help they logged is theirs to fix. */
  ownMembers: readonly string[];
  /** Chapters the person leads: they may correct a completed week there. */
  leads: readonly string[];
}

/** The thank-yous the person recorded, each with the fix for a mistake: edit or withdraw. */
export function ThankYouList({ orgSlug, ownMembers, leads }: MyHelpListProps) {
  return (
    <MySlipList
      query={useThankYous(orgSlug)}
      mine={(thankYou) => ownMembers.includes(thankYou.thanking)}
      empty={{
        title: "No thank-you recorded yet",
        description: "Thank the member who gave you closed business: tap Give, then Thank-you.",
      }}
    >
      {(thankYou) => (
        <ThankYouItem
          orgSlug={orgSlug}
          thankYou={thankYou}
          leader={leads.includes(thankYou.chapter)}
        />
      )}
    </MySlipList>
  );
}

function ThankYouItem(props: { orgSlug: string; thankYou: ThankYou; leader: boolean }) {
  const { orgSlug, thankYou, leader } = props;
  const withdraw = useWithdrawThankYou(orgSlug);
  const amount = formatAmount(thankYou.amount, thankYou.currency);
  return (
    <SlipCard
      title={`Thank-you to ${thankYou.thanked_name}: ${amount}`}
      details={`${thankYou.business === "repeat" ? "Repeat business" : "New business"} · ${formatDay(thankYou.created_at.slice(0, 10))}`}
      actions={
        <SlipActions
          label={`More actions for the thank-you to ${thankYou.thanked_name}`}
          leader={leader}
          edit={{
            title: "Edit thank-you",
            form: (onDone) => (
              <ThankYouEditForm
                orgSlug={orgSlug}
                thankYou={thankYou}
                leader={leader}
                onDone={onDone}
              />
            ),
          }}
          withdraw={{
            title: "Withdraw this thank-you?",
            confirmLabel: "Withdraw thank-you",
            notice: "Thank-you withdrawn",
            mutation: withdraw,
            toInput: (withdrawal) => ({ thankYouId: thankYou.id, ...withdrawal }),
          }}
        >
          It will no longer count for {thankYou.thanked_name}, nor in the chapter&apos;s figures.
        </SlipActions>
      }
    />
  );
}
