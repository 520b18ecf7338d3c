import { Checkbox, SimpleGrid, TextInput } from "@mantine/core";
import type { GetInputPropsReturnType, UseFormReturnType } from "@mantine/form";

import { HOTNESS_HINT, HOTNESS_OPTIONS, TIER_HINTS, TIER_OPTIONS } from "./referral-labels";
import type { ReferralValues } from "./referral-values";
import { SegmentedField } from "./segmented-field";

/** What a referral says of its contact, whether it is given or fixed. */
export type ReferralContactValues = Pick<
  ReferralValues,
  "contact_name" | "contact_phone" | "contact_email" | "tier" | "consent_confirmed" | "hotness"
>;

interface ReferralContactFieldsProps {
  form: UseFormReturnType<ReferralContactValues>;
  /** What the contact's name is for, when it needs saying. */
  nameDescription?: string;
  /** The contact's name is focused first, as a dialog opens. */
  autoFocusName?: boolean;
  /** The contact's company, asked after their name when the form has it. */
  company?: GetInputPropsReturnType;
}

/**
 * The contact of a referral: who, how to reach them, the tier (with consent for an outside
 * referral) and how hot it is.
 */
export function ReferralContactFields(props: ReferralContactFieldsProps) {
  const { form, nameDescription, autoFocusName, company } = props;
  const tier = form.values.tier;
  return (
    <>
      <TextInput
        label="Contact name"
        description={nameDescription}
        maxLength={150}
        required
        data-autofocus={autoFocusName || undefined}
        {...form.getInputProps("contact_name")}
      />
      {company && <TextInput label="Company" maxLength={200} {...company} />}
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
    </>
  );
}
