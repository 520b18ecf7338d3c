import {
  Button,
  Checkbox,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useChangeReferral } from "../api/change-referral";
import { useCurrency } from "../api/get-organization";
import type { Referral } from "../api/get-referrals";

import { CorrectionReasonField } from "./correction-reason-field";
import {
  REFERRAL_EDIT_RULES,
  referralChanges,
  referralEditValues,
  type ReferralEditValues,
} from "./referral-edit-values";
import { HOTNESS_HINT, HOTNESS_OPTIONS, TIER_HINTS, TIER_OPTIONS } from "./referral-labels";
import { SegmentedField } from "./segmented-field";
import { useCorrectionReason } from "./use-correction-reason";

interface ReferralEditFormProps {
  orgSlug: string;
  referral: Referral;
  /** Whether the person leads the slip's chapter: they may correct a completed week. */
  leader: boolean;
  onDone: () => void;
}

/** A referral as given, to fix: only the fields changed are sent. */
export function ReferralEditForm({ orgSlug, referral, leader, onDone }: ReferralEditFormProps) {
  const change = useChangeReferral(orgSlug);
  const currency = useCurrency(orgSlug);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ReferralEditValues>({
    initialValues: referralEditValues(referral),
    validate: REFERRAL_EDIT_RULES,
  });
  const once = useSingleFlight();
  const correction = useCorrectionReason(leader);

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      const changes = referralChanges(form.getInitialValues(), values);
      if (Object.keys(changes).length === 0) return onDone();
      try {
        await change.mutateAsync({
          referralId: referral.id,
          changes: { ...changes, ...correction.sent },
        });
      } catch (error) {
        // A locked week (409) has no field: its detail is read above the button, and a
        // leader who gave no reason is taken to the reason.
        setFormError(applyServerErrors(form, error));
        return correction.refused(error);
      }
      notifications.show({ color: "green", message: "Referral updated" });
      onDone();
    }),
  );

  const tier = form.values.tier;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Contact name"
          maxLength={150}
          required
          data-autofocus
          {...form.getInputProps("contact_name")}
        />
        <TextInput
          label="Company"
          maxLength={200}
          {...form.getInputProps("contact_company")}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="md">
          <TextInput
            label="Phone"
            type="tel"
            inputMode="tel"
            maxLength={40}
            {...form.getInputProps("contact_phone")}
          />
          <TextInput label="Email" type="email" {...form.getInputProps("contact_email")} />
        </SimpleGrid>
        <SegmentedField
          label="Tier"
          description={TIER_HINTS[tier]}
          data={TIER_OPTIONS}
          value={tier}
          onChange={(value) => form.setFieldValue("tier", value)}
          error={form.errors.tier}
        />
        {tier === "outside" && (
          <Checkbox
            label="The contact agreed to be contacted"
            {...form.getInputProps("consent_confirmed", { type: "checkbox" })}
          />
        )}
        <SegmentedField
          label="Hotness"
          description={HOTNESS_HINT}
          data={HOTNESS_OPTIONS}
          value={form.values.hotness}
          onChange={(value) => form.setFieldValue("hotness", value)}
          error={form.errors.hotness}
        />
        <NumberInput
          label="Expected value"
          description={`What the business may be worth${currency ? `, in ${currency}` : ""}.`}
          min={0}
          decimalScale={2}
          allowNegative={false}
          hideControls
          inputMode="decimal"
          {...form.getInputProps("expected_value")}
        />
        <Textarea label="Notes" rows={2} maxLength={4000} {...form.getInputProps("notes")} />
        <CorrectionReasonField correction={correction} />
        <FormAlert message={formError} />
        <Button type="submit" size="md" fullWidth loading={change.isPending}>
          Save changes
        </Button>
      </Stack>
    </form>
  );
}
