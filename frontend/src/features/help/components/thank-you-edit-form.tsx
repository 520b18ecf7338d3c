import { MoneyInput } from "@/components/ui/money-input";
import { moneyError, toMoney } from "@/lib/money";

import { type ThankYouChange, useChangeThankYou } from "../api/change-thank-you";
import type { ThankYou } from "../api/get-thank-yous";

import { SegmentedField } from "./segmented-field";
import { SlipEditForm } from "./slip-edit-form";
import { type Business, BUSINESS_OPTIONS } from "./thank-you-values";
import { useSlipEdit } from "./use-slip-edit";

interface ThankYouEditValues {
  amount: string;
  business: Business;
}

/** Only what was changed: an untouched form sends nothing. */
function thankYouChanges(before: ThankYouEditValues, after: ThankYouEditValues): ThankYouChange {
  const changes: ThankYouChange = {};
  if (toMoney(after.amount) !== toMoney(before.amount)) changes.amount = toMoney(after.amount);
  if (after.business !== before.business) changes.business = after.business;
  return changes;
}

interface ThankYouEditFormProps {
  orgSlug: string;
  thankYou: ThankYou;
  leader: boolean;
  onDone: () => void;
}

/** A thank-you as recorded, to fix: the amount and whether the business is new. */
export function ThankYouEditForm({ orgSlug, thankYou, leader, onDone }: ThankYouEditFormProps) {
  const { form, shell } = useSlipEdit({
    initialValues: { amount: thankYou.amount, business: thankYou.business },
    validate: { amount: (value: string) => moneyError(value, { required: true }) },
    changes: thankYouChanges,
    mutation: useChangeThankYou(orgSlug),
    toInput: (changes) => ({ thankYouId: thankYou.id, changes }),
    leader,
    notice: "Thank-you updated",
    onDone,
  });
  return (
    <SlipEditForm {...shell}>
      <MoneyInput
        label="Amount"
        description={`Excluding tax, in ${thankYou.currency}.`}
        currency={thankYou.currency}
        required
        data-autofocus
        {...form.getInputProps("amount")}
      />
      <SegmentedField
        label="New or repeat"
        data={BUSINESS_OPTIONS}
        value={form.values.business}
        onChange={(business) => form.setFieldValue("business", business)}
        error={form.errors.business}
      />
    </SlipEditForm>
  );
}
