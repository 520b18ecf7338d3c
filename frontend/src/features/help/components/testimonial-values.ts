import type { Choice } from "@/lib/lookups/choices";

import type { TestimonialInput } from "../api/give-testimonial";

export interface TestimonialValues {
  /** The seat it is given from. */
  giver: string;
  receiver: Choice | null;
  text: string;
}

export function blankTestimonial(giver: string): TestimonialValues {
  return { giver, receiver: null, text: "" };
}

export const TESTIMONIAL_RULES = {
  receiver: (value: Choice | null) => (value ? null : "Choose the member."),
  text: (value: string) => (value.trim() ? null : "Write the testimonial."),
};

export function toTestimonialInput(values: TestimonialValues): TestimonialInput {
  return {
    giver: values.giver,
    receiver: values.receiver?.value ?? "",
    text: values.text.trim(),
  };
}
