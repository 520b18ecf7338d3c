import { Modal, SegmentedControl, Stack } from "@mantine/core";
import { useState } from "react";

import type { Membership } from "@/lib/auth/me";
import { useIsPhone } from "@/lib/use-is-phone";

import { ReferralForm } from "./referral-form";
import { givingSeats, ownMemberIds } from "./seats";
import { ThankYouForm } from "./thank-you-form";

type Kind = "referral" | "thank_you";

const KINDS: { value: Kind; label: string }[] = [
  { value: "referral", label: "Referral" },
  { value: "thank_you", label: "Thank-you" },
];

interface GiveHelpModalProps {
  orgSlug: string;
  membership: Membership;
  opened: boolean;
  onClose: () => void;
}

/** What the Give button opens: the whole screen on a phone, a referral ready to type. */
export function GiveHelpModal({ orgSlug, membership, opened, onClose }: GiveHelpModalProps) {
  const isPhone = useIsPhone();
  const [kind, setKind] = useState<Kind>("referral");
  // Each opening starts with a referral, the help given most.
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) setKind("referral");
  }
  const seats = givingSeats(membership);
  const ownMembers = ownMemberIds(membership);
  const formProps = { orgSlug, seats, ownMembers, onDone: onClose };

  return (
    <Modal opened={opened} onClose={onClose} title="Give help" fullScreen={isPhone} size="lg">
      <Stack gap="md">
        <SegmentedControl
          aria-label="Kind of help"
          data={KINDS}
          value={kind}
          onChange={setKind}
          fullWidth
        />
        {kind === "referral" ? <ReferralForm {...formProps} /> : <ThankYouForm {...formProps} />}
      </Stack>
    </Modal>
  );
}
