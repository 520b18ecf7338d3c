import { Button, SimpleGrid } from "@mantine/core";
import { notifications } from "@mantine/notifications";

import { errorMessage } from "@/lib/errors";

import { useChangeReferralStatus } from "../api/change-referral-status";
import type { Referral } from "../api/get-referrals";

import { FOLLOW_UP_STEPS, REFERRAL_STATUS_COLORS, REFERRAL_STATUS_LABELS } from "./referral-labels";

interface StatusButtonsProps {
  orgSlug: string;
  referral: Referral;
}

/**
 * The receiver's answer in one tap: contacted, meeting set, won or lost. Where it stands now is
 * the pressed button; the giver is told of each move.
 */
export function StatusButtons({ orgSlug, referral }: StatusButtonsProps) {
  const change = useChangeReferralStatus(orgSlug);

  const move = (status: Referral["status"]) => {
    if (status === referral.status || change.isPending) return;
    change.mutate(
      { referralId: referral.id, status },
      {
        onError: (error) =>
          notifications.show({
            color: "red",
            title: "Status not changed",
            message: errorMessage(error),
          }),
      },
    );
  };

  return (
    <SimpleGrid
      cols={{ base: 2, xs: 4 }}
      spacing="xs"
      role="group"
      aria-label="What became of it"
    >
      {FOLLOW_UP_STEPS.map((step) => {
        const current = referral.status === step;
        return (
          <Button
            key={step}
            variant={current ? "filled" : "default"}
            color={REFERRAL_STATUS_COLORS[step]}
            aria-pressed={current}
            loading={change.isPending && change.variables.status === step}
            onClick={() => move(step)}
          >
            {REFERRAL_STATUS_LABELS[step]}
          </Button>
        );
      })}
    </SimpleGrid>
  );
}
