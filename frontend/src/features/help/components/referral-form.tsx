import { Checkbox, SimpleGrid, Textarea, TextInput } from "@mantine/core";

import { useGiveReferral } from "../api/give-referral";

import { GiveForm } from "./give-form";
import { ReceiverPicker } from "./receiver-picker";
import { HOTNESS_HINT, HOTNESS_OPTIONS, TIER_HINTS, TIER_OPTIONS } from "./referral-labels";
import { blankReferral, REFERRAL_RULES, toReferralInput } from "./referral-values";
import type { Seat } from "./seats";
import { SegmentedField } from "./segmented-field";
import { useGiveForm } from "./use-give-form";

interface ReferralFormProps {
  orgSlug: string;
  /** The seats the person gives from, the first the default. */
  seats: readonly Seat[];
  /** Every seat of the person, none of whom can receive. */
  ownMembers: readonly string[];
  onDone: () => void;
}

/**
 * A referral in a few taps: the member, the contact's name, their consent, done. Everything
 * else has a sensible default or may stay empty.
 */
export function ReferralForm({ orgSlug, seats, ownMembers, onDone }: ReferralFormProps) {
  const { form, shell } = useGiveForm({
    seats,
    seatField: "giver",
    blank: blankReferral,
    validate: REFERRAL_RULES,
    mutation: useGiveReferral(orgSlug),
    toInput: toReferralInput,
    notice: (given) => `Referral given to ${given.receiver_name}`,
    onDone,
  });

  const tier = form.values.tier;
  return (
    <GiveForm {...shell} submitLabel="Give referral">
      <ReceiverPicker orgSlug={orgSlug} form={form} ownMembers={ownMembers} />
      <TextInput
        label="Contact name"
        description="Who the member should get in touch with."
        maxLength={150}
        required
        {...form.getInputProps("contact_name")}
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
      <Textarea label="Notes" rows={2} maxLength={4000} {...form.getInputProps("notes")} />
    </GiveForm>
  );
}
