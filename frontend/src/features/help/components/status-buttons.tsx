import { Alert, Button, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { errorMessage } from "@/lib/errors";
import { useGive } from "@/lib/give";

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
  const { give } = useGive();
  // Once won, the business is closed: offer to thank its giver for it, there and then.
  const [justWon, setJustWon] = useState(false);

  const move = (status: Referral["status"]) => {
    if (status === referral.status || change.isPending) return;
    change.mutate(
      { referralId: referral.id, status },
      {
        onSuccess: () => setJustWon(status === "closed_won"),
        onError: (error) =>
          notifications.show({
            color: "red",
            title: "Status not changed",
            message: errorMessage(error),
          }),
      },
    );
  };
  const buttons = (
    <StatusGrid
      referral={referral}
      pending={change.isPending ? change.variables.status : null}
      onMove={move}
    />
  );

  const thank = () => {
    setJustWon(false);
    give?.({
      kind: "thank_you",
      referral: {
        id: referral.id,
        label: `${referral.contact_name} — from ${referral.giver_name}`,
        giver: { value: referral.giver, label: referral.giver_name },
      },
    });
  };

  return (
    <Stack gap="xs">
      {buttons}
      {justWon && give && (
        <Alert color="green" variant="light" title="Won: well done" role="status">
          <Stack gap="xs">
            <Text size="sm">
              Record the thank-you for it, so {referral.giver_name}&apos;s help counts.
            </Text>
            <Group gap="xs">
              <Button size="xs" onClick={thank}>
                Record the thank-you
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setJustWon(false)}>
                Not now
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

function StatusGrid(props: {
  referral: Referral;
  pending: Referral["status"] | null;
  onMove: (status: Referral["status"]) => void;
}) {
  const { referral, pending, onMove } = props;
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
            loading={pending === step}
            onClick={() => onMove(step)}
          >
            {REFERRAL_STATUS_LABELS[step]}
          </Button>
        );
      })}
    </SimpleGrid>
  );
}
