import { Button, NumberInput, Stack, Switch, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useCurrency } from "../api/get-organization";
import type { Referral } from "../api/get-referrals";
import { useRecordThankYou } from "../api/record-thank-you";

import { MemberPicker } from "./member-picker";
import { ReferralForSelect } from "./referral-for-select";
import { SeatSelect } from "./seat-select";
import type { Seat } from "./seats";
import { SegmentedField } from "./segmented-field";
import {
  blankThankYou,
  BUSINESS_OPTIONS,
  THANK_YOU_RULES,
  type ThankYouValues,
  toThankYouInput,
} from "./thank-you-values";

interface ThankYouFormProps {
  orgSlug: string;
  seats: readonly Seat[];
  ownMembers: readonly string[];
  onDone: () => void;
}

/** Thank whoever gave you closed business: the revenue counts as their help given. */
export function ThankYouForm({ orgSlug, seats, ownMembers, onDone }: ThankYouFormProps) {
  const record = useRecordThankYou(orgSlug);
  const currency = useCurrency(orgSlug);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ThankYouValues>({
    initialValues: blankThankYou(seats[0]?.member ?? ""),
    validate: THANK_YOU_RULES,
  });
  const once = useSingleFlight();
  const outside = form.values.outside;

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      try {
        await record.mutateAsync(toThankYouInput(values));
      } catch (error) {
        // Errors about whoever is thanked go to the field on show; a hidden seat's above.
        const aliases = {
          ...(values.outside ? { thanked: "thanked_name" } : {}),
          ...(seats.length > 1 ? {} : { thanking: "" }),
        };
        return setFormError(applyServerErrors(form, error, aliases));
      }
      notifications.show({ color: "green", message: "Thank-you recorded" });
      form.reset();
      onDone();
    }),
  );

  // A referral's giver is who is thanked, unless someone else was chosen already.
  const chooseReferral = (referral: Referral | null) => {
    form.setFieldValue("referral", referral?.id ?? null);
    if (referral && !form.values.outside && !form.values.thanked) {
      form.setFieldValue("thanked", { value: referral.giver, label: referral.giver_name });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SeatSelect
          seats={seats}
          value={form.values.thanking}
          onChange={(thanking) => form.setFieldValue("thanking", thanking)}
          error={form.errors.thanking}
        />
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
        <NumberInput
          label="Amount"
          description={`Excluding tax${currency ? `, in ${currency}` : ""}.`}
          min={0}
          decimalScale={2}
          allowNegative={false}
          hideControls
          inputMode="decimal"
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
          error={typeof form.errors.referral === "string" ? form.errors.referral : undefined}
        />
        <FormAlert message={formError} />
        <Button type="submit" size="md" fullWidth loading={record.isPending}>
          Record thank-you
        </Button>
      </Stack>
    </form>
  );
}
