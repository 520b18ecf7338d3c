import { Card, Group, Stack, Text, Title } from "@mantine/core";

import { StatusBadge } from "@/components/ui/status-badge";
import { useMembership } from "@/lib/auth/me";
import { formatRelative } from "@/lib/relative-time";

import type { Referral } from "../api/get-referrals";

import { ReferralActions } from "./referral-actions";
import { REFERRAL_STATUS_COLORS, REFERRAL_STATUS_LABELS } from "./referral-labels";
import { leadsChapter } from "./slip-leaders";

interface GivenReferralCardProps {
  orgSlug: string;
  referral: Referral;
}

/** A referral the person gave, how far its receiver has taken it, and the giver's fixes. */
export function GivenReferralCard({ orgSlug, referral }: GivenReferralCardProps) {
  const updated = referral.status_changed_at ?? referral.created_at;
  const leader = leadsChapter(useMembership(orgSlug), referral.chapter);
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
        <Group gap={4} wrap="nowrap">
          <StatusBadge
            label={REFERRAL_STATUS_LABELS[referral.status]}
            color={REFERRAL_STATUS_COLORS[referral.status]}
          />
          <ReferralActions orgSlug={orgSlug} referral={referral} leader={leader} />
        </Group>
      </Group>
    </Card>
  );
}
