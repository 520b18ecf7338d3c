import { Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";

import { useGiveTestimonial } from "../api/give-testimonial";

import { GiveForm } from "./give-form";
import { ReceiverPicker } from "./receiver-picker";
import type { Seat } from "./seats";
import {
  blankTestimonial,
  TESTIMONIAL_RULES,
  toTestimonialInput,
} from "./testimonial-values";
import { useGiveForm } from "./use-give-form";

const MAX_LENGTH = 2000;

interface TestimonialFormProps {
  orgSlug: string;
  seats: readonly Seat[];
  ownMembers: readonly string[];
  onDone: () => void;
}

/** A few words about a member's work, for the chapter to hear. */
export function TestimonialForm({ orgSlug, seats, ownMembers, onDone }: TestimonialFormProps) {
  const { form, shell } = useGiveForm({
    seats,
    seatField: "giver",
    blank: blankTestimonial,
    validate: TESTIMONIAL_RULES,
    mutation: useGiveTestimonial(orgSlug),
    toInput: toTestimonialInput,
    notice: (given) => `Testimonial given to ${given.receiver_name}`,
    onDone,
  });

  return (
    <GiveForm {...shell} submitLabel="Give testimonial">
      <ReceiverPicker orgSlug={orgSlug} form={form} ownMembers={ownMembers} />
      <TestimonialText form={form} />
    </GiveForm>
  );
}

/** The testimonial's words: the same when given and when fixed. */
export function TestimonialText({
  form,
  autoFocus = false,
}: {
  form: UseFormReturnType<{ text: string }>;
  /** When it is the first field (a fix: the member stays who they were). */
  autoFocus?: boolean;
}) {
  return (
    <Textarea
      label="Testimonial"
      description="What they did for you or your contact, and how it went."
      rows={4}
      maxLength={MAX_LENGTH}
      required
      data-autofocus={autoFocus || undefined}
      {...form.getInputProps("text")}
    />
  );
}
