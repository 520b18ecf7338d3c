import {
  type EducationCredit,
  type EducationCreditChange,
  useChangeEducationCredit,
} from "../api/education-credits";

import { EducationFields } from "./education-form";
import { EDUCATION_RULES, type EducationValues } from "./education-values";
import { SlipEditForm } from "./slip-edit-form";
import { useSlipEdit } from "./use-slip-edit";

type EducationEditValues = Omit<EducationValues, "member">;

/** Only what was changed: an untouched form sends nothing. */
function educationChanges(
  before: EducationEditValues,
  after: EducationEditValues,
): EducationCreditChange {
  const changes: EducationCreditChange = {};
  if (after.kind !== before.kind) changes.kind = after.kind;
  if (after.title.trim() !== before.title.trim()) changes.title = after.title.trim();
  if (after.completed_on !== before.completed_on) changes.completed_on = after.completed_on;
  if (Number(after.credits) !== Number(before.credits)) changes.credits = Number(after.credits);
  return changes;
}

interface EducationEditFormProps {
  orgSlug: string;
  credit: EducationCredit;
  leader: boolean;
  onDone: () => void;
}

/** An education credit as recorded, to fix: the same fields as when it was recorded. */
export function EducationEditForm({ orgSlug, credit, leader, onDone }: EducationEditFormProps) {
  const { form, shell } = useSlipEdit({
    initialValues: {
      kind: credit.kind,
      title: credit.title,
      completed_on: credit.completed_on,
      credits: credit.credits,
    },
    validate: EDUCATION_RULES,
    changes: educationChanges,
    mutation: useChangeEducationCredit(orgSlug),
    toInput: (changes) => ({ creditId: credit.id, changes }),
    leader,
    notice: "Education credit updated",
    onDone,
  });
  return (
    <SlipEditForm {...shell}>
      <EducationFields form={form} />
    </SlipEditForm>
  );
}
