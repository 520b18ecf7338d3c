import { Button, Checkbox, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { applyServerErrors } from "@/lib/form-errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useGiveReferral } from "../api/give-referral";

import { MemberPicker } from "./member-picker";
import { TIER_HINTS, TIER_OPTIONS } from "./referral-labels";
import {
  blankReferral,
  REFERRAL_RULES,
  type ReferralValues,
  toReferralInput,
} from "./referral-values";
import { SeatSelect } from "./seat-select";
import type { Seat } from "./seats";
import { SegmentedField } from "./segmented-field";

const HOTNESS = ["1", "2", "3", "4", "5"].map((value) => ({ value, label: value }));

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
  const give = useGiveReferral(orgSlug);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ReferralValues>({
    initialValues: blankReferral(seats[0]?.member ?? ""),
    validate: REFERRAL_RULES,
  });
  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      let receiverName: string;
      try {
        receiverName = (await give.mutateAsync(toReferralInput(values))).receiver_name;
      } catch (error) {
        // With one seat the giver is not asked: a complaint about it is read above the button.
        const aliases: Record<string, string> = seats.length > 1 ? {} : { giver: "" };
        return setFormError(applyServerErrors(form, error, aliases));
      }
      notifications.show({ color: "green", message: `Referral given to ${receiverName}` });
      form.reset();
      onDone();
    }),
  );

  const tier = form.values.tier;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SeatSelect
          seats={seats}
          value={form.values.giver}
          onChange={(giver) => form.setFieldValue("giver", giver)}
          error={form.errors.giver}
        />
        <MemberPicker
          orgSlug={orgSlug}
          label="Member"
          value={form.values.receiver}
          onChange={(member) => form.setFieldValue("receiver", member)}
          exclude={ownMembers}
          error={form.errors.receiver}
          autoFocus
        />
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
          description="1: a name only. 5: you introduced them in person."
          data={HOTNESS}
          value={form.values.hotness}
          onChange={(value) => form.setFieldValue("hotness", value)}
          error={form.errors.hotness}
        />
        <Textarea
          label="Notes"
          rows={2}
          maxLength={4000}
          {...form.getInputProps("notes")}
        />
        <FormAlert message={formError} />
        <Button type="submit" size="md" fullWidth loading={give.isPending}>
          Give referral
        </Button>
      </Stack>
    </form>
  );
}
