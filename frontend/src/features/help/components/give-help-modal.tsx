import { Modal, SegmentedControl, Stack } from "@mantine/core";
import { useState } from "react";

import type { Membership } from "@/lib/auth/me";
import type { GiveRequest } from "@/lib/give";
import type { Choice } from "@/lib/lookups/choices";
import { useIsPhone } from "@/lib/use-is-phone";

import { EducationForm } from "./education-form";
import { OneToOneForm } from "./one-to-one-form";
import { OtherHelpForm } from "./other-help-form";
import { ReferralForm } from "./referral-form";
import { givingSeats, ownMemberIds } from "./seats";
import { TestimonialForm } from "./testimonial-form";
import { ThankYouForm } from "./thank-you-form";

type FrequentKind = "referral" | "thank_you" | "one_to_one";
type RareKind = "testimonial" | "education" | "other_help";
export type HelpKind = FrequentKind | RareKind;

// The help given most, one tap away; the rest behind "More". Six side by side do not fit a phone.
const FREQUENT: { value: FrequentKind | "more"; label: string }[] = [
  { value: "referral", label: "Referral" },
  { value: "thank_you", label: "Thank-you" },
  { value: "one_to_one", label: "1-2-1" },
  { value: "more", label: "More" },
];

const RARE: { value: RareKind; label: string }[] = [
  { value: "testimonial", label: "Testimonial" },
  { value: "education", label: "Education" },
  { value: "other_help", label: "Other help" },
];

const isRare = (kind: HelpKind): kind is RareKind => RARE.some((item) => item.value === kind);

interface GiveHelpModalProps {
  orgSlug: string;
  membership: Membership;
  opened: boolean;
  onClose: () => void;
  /** The kind each opening starts on: a referral, the help given most, unless said otherwise. */
  initialKind?: HelpKind;
  /** Who the help goes to, already chosen (a referral from a member's profile). */
  initialMember?: Choice;
  /** The referral a thank-you is for (after it was won). */
  initialReferral?: GiveRequest["referral"];
}

/** What the Give button opens: the whole screen on a phone, a referral ready to type. */
export function GiveHelpModal(props: GiveHelpModalProps) {
  const { orgSlug, membership, opened, onClose, initialKind = "referral" } = props;
  const { initialMember, initialReferral } = props;
  const isPhone = useIsPhone();
  const [kind, setKind] = useState<HelpKind>(initialKind);
  // Each opening starts on the same kind, whatever was chosen last time.
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) setKind(initialKind);
  }
  const seats = givingSeats(membership);
  const ownMembers = ownMemberIds(membership);
  const formProps = { orgSlug, seats, ownMembers, onDone: onClose };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Give help"
      fullScreen={isPhone}
      size="lg"
      closeButtonProps={{ "aria-label": "Close" }}
    >
      <Stack gap="md">
        <SegmentedControl
          aria-label="Kind of help"
          data={FREQUENT}
          value={isRare(kind) ? "more" : kind}
          onChange={(value) => setKind(value === "more" ? "testimonial" : value)}
          fullWidth
        />
        {isRare(kind) && (
          <SegmentedControl
            aria-label="Other kinds of help"
            data={RARE}
            value={kind}
            onChange={setKind}
            fullWidth
          />
        )}
        {kind === "referral" && <ReferralForm {...formProps} receiver={initialMember} />}
        {kind === "thank_you" && <ThankYouForm {...formProps} referral={initialReferral} />}
        {kind === "one_to_one" && <OneToOneForm {...formProps} />}
        {kind === "testimonial" && <TestimonialForm {...formProps} />}
        {kind === "education" && <EducationForm orgSlug={orgSlug} seats={seats} onDone={onClose} />}
        {kind === "other_help" && <OtherHelpForm {...formProps} />}
      </Stack>
    </Modal>
  );
}
