import { type Testimonial, useGivenTestimonials, useWithdrawTestimonial } from "../api/testimonials";

import { formatDay } from "./dates";
import { MySlipList, SlipCard } from "./my-slip-list";
import { SlipActions } from "./slip-actions";
import { TestimonialEditForm } from "./testimonial-edit-form";
import type { MyHelpListProps } from "./thank-you-list";

/** The testimonials the person gave, each to reword or withdraw. */
export function TestimonialList({ orgSlug, ownMembers, leads }: MyHelpListProps) {
  return (
    <MySlipList
      query={useGivenTestimonials(orgSlug)}
      mine={(testimonial) => ownMembers.includes(testimonial.giver)}
      empty={{
        title: "No testimonial given yet",
        description: "Say what a member did for you: tap Give, then Testimonial.",
      }}
    >
      {(testimonial) => (
        <TestimonialItem
          orgSlug={orgSlug}
          testimonial={testimonial}
          leader={leads.includes(testimonial.chapter)}
        />
      )}
    </MySlipList>
  );
}

function TestimonialItem(props: { orgSlug: string; testimonial: Testimonial; leader: boolean }) {
  const { orgSlug, testimonial, leader } = props;
  const withdraw = useWithdrawTestimonial(orgSlug);
  return (
    <SlipCard
      title={`Testimonial for ${testimonial.receiver_name}`}
      details={`${formatDay(testimonial.created_at.slice(0, 10))} · ${testimonial.text}`}
      actions={
        <SlipActions
          label={`More actions for the testimonial for ${testimonial.receiver_name}`}
          leader={leader}
          edit={{
            title: "Edit testimonial",
            form: (onDone) => (
              <TestimonialEditForm
                orgSlug={orgSlug}
                testimonial={testimonial}
                leader={leader}
                onDone={onDone}
              />
            ),
          }}
          withdraw={{
            title: "Withdraw this testimonial?",
            confirmLabel: "Withdraw testimonial",
            notice: "Testimonial withdrawn",
            mutation: withdraw,
            toInput: (withdrawal) => ({ testimonialId: testimonial.id, ...withdrawal }),
          }}
        >
          It will no longer count for you, nor in the chapter&apos;s figures.
        </SlipActions>
      }
    />
  );
}
