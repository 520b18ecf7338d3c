import {
  type EducationCredit,
  useEducationCredits,
  useWithdrawEducationCredit,
} from "../api/education-credits";

import { formatDay } from "./dates";
import { EducationEditForm } from "./education-edit-form";
import { EDUCATION_KIND_OPTIONS } from "./education-values";
import { MySlipList, SlipCard } from "./my-slip-list";
import { SlipActions } from "./slip-actions";
import type { MyHelpListProps } from "./thank-you-list";

function kindLabel(credit: EducationCredit): string {
  return EDUCATION_KIND_OPTIONS.find((option) => option.value === credit.kind)?.label ?? "";
}

/** The education credits the person recorded, each to fix or withdraw. */
export function EducationList({ orgSlug, ownMembers, leads }: MyHelpListProps) {
  return (
    <MySlipList
      query={useEducationCredits(orgSlug)}
      mine={(credit) => ownMembers.includes(credit.member)}
      empty={{
        title: "No education recorded yet",
        description: "Record a course, book or workshop you completed: tap Give, then Education.",
      }}
    >
      {(credit) => (
        <EducationItem orgSlug={orgSlug} credit={credit} leader={leads.includes(credit.chapter)} />
      )}
    </MySlipList>
  );
}

function EducationItem(props: { orgSlug: string; credit: EducationCredit; leader: boolean }) {
  const { orgSlug, credit, leader } = props;
  const withdraw = useWithdrawEducationCredit(orgSlug);
  const credits = credit.credits === 1 ? "1 credit" : `${credit.credits} credits`;
  return (
    <SlipCard
      title={`${kindLabel(credit)}: ${credit.title}`}
      details={`${credits} · completed ${formatDay(credit.completed_on)}`}
      actions={
        <SlipActions
          label={`More actions for the education credit ${credit.title}`}
          leader={leader}
          edit={{
            title: "Edit education credit",
            form: (onDone) => (
              <EducationEditForm
                orgSlug={orgSlug}
                credit={credit}
                leader={leader}
                onDone={onDone}
              />
            ),
          }}
          withdraw={{
            title: "Withdraw this education credit?",
            confirmLabel: "Withdraw education credit",
            notice: "Education credit withdrawn",
            mutation: withdraw,
            toInput: (withdrawal) => ({ creditId: credit.id, ...withdrawal }),
          }}
        >
          Its credits will no longer count for you, nor in the chapter&apos;s figures.
        </SlipActions>
      }
    />
  );
}
