import { Textarea } from "@mantine/core";

import { MoneyInput } from "@/components/ui/money-input";

import { useChangeReferral } from "../api/change-referral";
import { useCurrency } from "../api/get-organization";
import type { Referral } from "../api/get-referrals";

import { ReferralContactFields } from "./referral-contact-fields";
import {
  REFERRAL_EDIT_RULES,
  referralChanges,
  referralEditValues,
} from "./referral-edit-values";
import { SlipEditForm } from "./slip-edit-form";
import { useSlipEdit } from "./use-slip-edit";

interface ReferralEditFormProps {
  orgSlug: string;
  referral: Referral;
  /** Whether the person leads the slip's chapter: they may correct a completed week. */
  leader: boolean;
  onDone: () => void;
}

/** A referral as given, to fix: only the fields changed are sent. */
export function ReferralEditForm({ orgSlug, referral, leader, onDone }: ReferralEditFormProps) {
  const currency = useCurrency(orgSlug);
  const { form, shell } = useSlipEdit({
    initialValues: referralEditValues(referral),
    validate: REFERRAL_EDIT_RULES,
    changes: referralChanges,
    mutation: useChangeReferral(orgSlug),
    toInput: (changes) => ({ referralId: referral.id, changes }),
    leader,
    notice: "Referral updated",
    onDone,
  });

  return (
    <SlipEditForm {...shell}>
      <ReferralContactFields
        form={form}
        company={form.getInputProps("contact_company")}
        autoFocusName
      />
      <MoneyInput
        label="Expected value"
        description={`What the business may be worth${currency ? `, in ${currency}` : ""}.`}
        currency={currency}
        {...form.getInputProps("expected_value")}
      />
      <Textarea label="Notes" rows={2} maxLength={4000} {...form.getInputProps("notes")} />
    </SlipEditForm>
  );
}
