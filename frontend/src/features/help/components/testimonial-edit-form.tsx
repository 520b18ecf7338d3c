import {
  type Testimonial,
  type TestimonialChange,
  useChangeTestimonial,
} from "../api/testimonials";

import { SlipEditForm } from "./slip-edit-form";
import { TestimonialText } from "./testimonial-form";
import { TESTIMONIAL_RULES } from "./testimonial-values";
import { useSlipEdit } from "./use-slip-edit";

interface TestimonialEditValues {
  text: string;
}

/** Only what was changed: an untouched form sends nothing. */
function testimonialChanges(
  before: TestimonialEditValues,
  after: TestimonialEditValues,
): TestimonialChange {
  return after.text.trim() !== before.text.trim() ? { text: after.text.trim() } : {};
}

interface TestimonialEditFormProps {
  orgSlug: string;
  testimonial: Testimonial;
  leader: boolean;
  onDone: () => void;
}

/** A testimonial as given, to reword: the member it was given to stays the same. */
export function TestimonialEditForm(props: TestimonialEditFormProps) {
  const { orgSlug, testimonial, leader, onDone } = props;
  const { form, shell } = useSlipEdit({
    initialValues: { text: testimonial.text },
    validate: { text: TESTIMONIAL_RULES.text },
    changes: testimonialChanges,
    mutation: useChangeTestimonial(orgSlug),
    toInput: (changes) => ({ testimonialId: testimonial.id, changes }),
    leader,
    notice: "Testimonial updated",
    onDone,
  });
  return (
    <SlipEditForm {...shell}>
      <TestimonialText form={form} autoFocus />
    </SlipEditForm>
  );
}
