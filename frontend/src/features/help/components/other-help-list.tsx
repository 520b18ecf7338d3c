import { type OtherHelp, useOtherHelp, useWithdrawOtherHelp } from "../api/other-help";

import { formatDay } from "./dates";
import { MySlipList, SlipCard } from "./my-slip-list";
import { OtherHelpEditForm } from "./other-help-edit-form";
import { OTHER_HELP_KIND_OPTIONS } from "./other-help-values";
import { SlipActions } from "./slip-actions";
import type { MyHelpListProps } from "./thank-you-list";

function kindLabel(help: OtherHelp): string {
  return OTHER_HELP_KIND_OPTIONS.find((option) => option.value === help.kind)?.label ?? "Help";
}

/** The other help the person gave (not what they received), each to fix or withdraw. */
export function OtherHelpList({ orgSlug, ownMembers, leads }: MyHelpListProps) {
  return (
    <MySlipList
      query={useOtherHelp(orgSlug)}
      mine={(help) => ownMembers.includes(help.giver)}
      empty={{
        title: "No other help given yet",
        description: "Record an introduction, a lead or useful information: tap Give, then Other help.",
      }}
    >
      {(help) => (
        <OtherHelpItem orgSlug={orgSlug} help={help} leader={leads.includes(help.chapter)} />
      )}
    </MySlipList>
  );
}

function OtherHelpItem(props: { orgSlug: string; help: OtherHelp; leader: boolean }) {
  const { orgSlug, help, leader } = props;
  const withdraw = useWithdrawOtherHelp(orgSlug);
  const when = formatDay(help.created_at.slice(0, 10));
  return (
    <SlipCard
      title={`${kindLabel(help)} for ${help.receiver_name}`}
      details={help.note ? `${when} · ${help.note}` : when}
      actions={
        <SlipActions
          label={`More actions for the help given to ${help.receiver_name}`}
          leader={leader}
          edit={{
            title: "Edit help",
            form: (onDone) => (
              <OtherHelpEditForm orgSlug={orgSlug} help={help} leader={leader} onDone={onDone} />
            ),
          }}
          withdraw={{
            title: "Withdraw this help?",
            confirmLabel: "Withdraw help",
            notice: "Help withdrawn",
            mutation: withdraw,
            toInput: (withdrawal) => ({ otherHelpId: help.id, ...withdrawal }),
          }}
        >
          It will no longer count for you, nor in the chapter&apos;s figures.
        </SlipActions>
      }
    />
  );
}
