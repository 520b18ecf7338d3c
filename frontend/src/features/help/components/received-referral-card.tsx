import { Badge, Card, Group, Stack, Text, Title } from "@mantine/core";

import { StatusBadge } from "@/components/ui/status-badge";
import { formatRelative } from "@/lib/relative-time";

import type { Referral } from "../api/get-referrals";

import { ContactLinks } from "./contact-links";
import { REFERRAL_STATUS_COLORS, REFERRAL_STATUS_LABELS, TIER_LABELS } from "./referral-labels";
import { StatusButtons } from "./status-buttons";

interface ReceivedReferralCardProps {
  orgSlug: string;
  referral: Referral;
}

/** A referral passed to the person: who to call, how warm it is, and their answer. */
export function ReceivedReferralCard({ orgSlug, referral }: ReceivedReferralCardProps) {
  return (
    <Card
      component="article"
      aria-label={`Referral from ${referral.giver_name}: ${referral.contact_name}`}
      withBorder
      radius="md"
      padding="md"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={0} miw={0}>
            <Title order={2} size="h4" style={{ overflowWrap: "anywhere" }}>
              {referral.contact_name}
            </Title>
            {referral.contact_company && <Text size="sm">{referral.contact_company}</Text>}
            <Text size="sm" c="dimmed">
              From {referral.giver_name} · {formatRelative(referral.created_at)}
            </Text>
          </Stack>
          <StatusBadge
            label={REFERRAL_STATUS_LABELS[referral.status]}
            color={REFERRAL_STATUS_COLORS[referral.status]}
          />
        </Group>
        <ContactLinks phone={referral.contact_phone} email={referral.contact_email} />
        <Group gap="xs">
          <Badge variant="light" color="gray" radius="sm" tt="none">
            {TIER_LABELS[referral.tier]}
          </Badge>
          <Text size="sm">Hotness {referral.hotness}/5</Text>
        </Group>
        {referral.notes && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {referral.notes}
          </Text>
        )}
        <StatusButtons orgSlug={orgSlug} referral={referral} />
      </Stack>
    </Card>
  );
}
