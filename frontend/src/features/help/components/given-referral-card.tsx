import { Card, Group, Stack, Text, Title } from "@mantine/core";

import { StatusBadge } from "@/components/ui/status-badge";

import type { Referral } from "../api/get-referrals";

import { REFERRAL_STATUS_COLORS, REFERRAL_STATUS_LABELS } from "./referral-labels";
import { formatRelative } from "./relative-time";

/** A referral the person gave, and how far its receiver has taken it. */
export function GivenReferralCard({ referral }: { referral: Referral }) {
  const updated = referral.status_changed_at ?? referral.created_at;
  return (
    <Card
      component="article"
      aria-label={`Referral to ${referral.receiver_name}: ${referral.contact_name}`}
      withBorder
      radius="md"
      padding="md"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={0} miw={0}>
          <Title order={2} size="h4" style={{ overflowWrap: "anywhere" }}>
            To {referral.receiver_name}
          </Title>
          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
            {referral.contact_name}
          </Text>
          <Text size="sm" c="dimmed">
            updated {formatRelative(updated)}
          </Text>
        </Stack>
        <StatusBadge
          label={REFERRAL_STATUS_LABELS[referral.status]}
          color={REFERRAL_STATUS_COLORS[referral.status]}
        />
      </Group>
    </Card>
  );
}
