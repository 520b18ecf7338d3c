import { Textarea } from "@mantine/core";

import type { Choice } from "@/lib/lookups/choices";

import { useGiveReferral } from "../api/give-referral";

import { GiveForm } from "./give-form";
import { ReceiverPicker } from "./receiver-picker";
import { ReferralContactFields } from "./referral-contact-fields";
import { blankReferral, REFERRAL_RULES, toReferralInput } from "./referral-values";
import type { Seat } from "./seats";
import { useGiveForm } from "./use-give-form";

interface ReferralFormProps {
  orgSlug: string;
  /** The seats the person gives from, the first the default. */
  seats: readonly Seat[];
  /** Every seat of the person, none of whom can receive. */
  ownMembers: readonly string[];
  onDone: () => void;
  /** The member it goes to, already chosen. */
  receiver?: Choice;
}

/**
 * A referral in a few taps: the member, the contact's name, their consent, done. Everything
 * else has a sensible default or may stay empty.
 */
export function ReferralForm(props: ReferralFormProps) {
  const { orgSlug, seats, ownMembers, onDone, receiver } = props;
  const { form, shell } = useGiveForm({
    seats,
    seatField: "giver",
    blank: (giver) => ({ ...blankReferral(giver), receiver: receiver ?? null }),
    validate: REFERRAL_RULES,
    mutation: useGiveReferral(orgSlug),
    toInput: toReferralInput,
    notice: (given) => `Referral given to ${given.receiver_name}`,
    onDone,
  });

  return (
    <GiveForm {...shell} submitLabel="Give referral">
      <ReceiverPicker orgSlug={orgSlug} form={form} ownMembers={ownMembers} />
      <ReferralContactFields
        form={form}
        nameDescription="Who the member should get in touch with."
      />
      <Textarea label="Notes" rows={2} maxLength={4000} {...form.getInputProps("notes")} />
    </GiveForm>
  );
}
