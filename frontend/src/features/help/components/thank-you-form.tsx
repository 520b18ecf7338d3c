import { Switch, TextInput } from "@mantine/core";

import { MoneyInput } from "@/components/ui/money-input";
import type { GiveRequest } from "@/lib/give";

import { useCurrency } from "../api/get-organization";
import type { Referral } from "../api/get-referrals";
import { useRecordThankYou } from "../api/record-thank-you";

import { GiveForm } from "./give-form";
import { MemberPicker } from "./member-picker";
import { ReferralForSelect } from "./referral-for-select";
import type { Seat } from "./seats";
import { SegmentedField } from "./segmented-field";
import {
  blankThankYou,
  BUSINESS_OPTIONS,
  THANK_YOU_RULES,
  toThankYouInput,
} from "./thank-you-values";
import { useGiveForm } from "./use-give-form";

interface ThankYouFormProps {
  orgSlug: string;
  seats: readonly Seat[];
  ownMembers: readonly string[];
  onDone: () => void;
  /** The referral it thanks for, already chosen (after it was won): its giver is thanked. */
  referral?: GiveRequest["referral"];
}

/** Thank whoever gave you closed business: the revenue counts as their help given. */
export function ThankYouForm(props: ThankYouFormProps) {
  const { orgSlug, seats, ownMembers, onDone, referral } = props;
  const currency = useCurrency(orgSlug);
  const { form, shell } = useGiveForm({
    seats,
    seatField: "thanking",
    blank: (thanking) => ({
      ...blankThankYou(thanking),
      ...(referral ? { referral: referral.id, thanked: referral.giver } : {}),
    }),
    validate: THANK_YOU_RULES,
    mutation: useRecordThankYou(orgSlug),
    toInput: toThankYouInput,
    notice: () => "Thank-you recorded",
    // Errors about whoever is thanked go to the field on show.
    aliases: ({ outside }): Record<string, string> => (outside ? { thanked: "thanked_name" } : {}),
    onDone,
  });
  const outside = form.values.outside;

  // A referral's giver is who is thanked, unless someone else was chosen already.
  const chooseReferral = (referral: Referral | null) => {
    form.setFieldValue("referral", referral?.id ?? null);
    if (referral && !form.values.outside && !form.values.thanked) {
      form.setFieldValue("thanked", { value: referral.giver, label: referral.giver_name });
    }
  };

  return (
    <GiveForm {...shell} submitLabel="Record thank-you">
      {outside ? (
        <TextInput
          label="Their name"
          maxLength={150}
          required
          data-autofocus
          {...form.getInputProps("thanked_name")}
        />
      ) : (
        <MemberPicker
          orgSlug={orgSlug}
          label="Who gave you the business?"
          value={form.values.thanked}
          onChange={(member) => form.setFieldValue("thanked", member)}
          exclude={ownMembers}
          error={form.errors.thanked}
          autoFocus
        />
      )}
      <Switch
        label="Someone outside the network"
        {...form.getInputProps("outside", { type: "checkbox" })}
      />
      <MoneyInput
        label="Amount"
        description={`Excluding tax${currency ? `, in ${currency}` : ""}.`}
        currency={currency}
        required
        {...form.getInputProps("amount")}
      />
      <SegmentedField
        label="New or repeat"
        data={BUSINESS_OPTIONS}
        value={form.values.business}
        onChange={(business) => form.setFieldValue("business", business)}
        error={form.errors.business}
      />
      <ReferralForSelect
        orgSlug={orgSlug}
        value={form.values.referral}
        onChange={chooseReferral}
        chosen={referral && { value: referral.id, label: referral.label }}
        error={typeof form.errors.referral === "string" ? form.errors.referral : undefined}
      />
    </GiveForm>
  );
}
