import { Badge, Stack, Text } from "@mantine/core";

import type { OverdueReferral } from "../api/get-chapter-dashboard";

import { DashboardSection } from "./dashboard-section";
import { formatDaysSince } from "./days-since";

interface OverdueReferralsProps {
  /** The oldest of them, up to ten. */
  referrals: readonly OverdueReferral[];
  count: number;
  /** "3 days", or the follow-up window while its length is not known. */
  window: string;
}

/** Referrals still new past the follow-up window: whom to remind to call their contact. */
export function OverdueReferrals({ referrals, count, window }: OverdueReferralsProps) {
  const word = count === 1 ? "referral" : "referrals";
  return (
    <DashboardSection
      title="Referrals waiting for follow-up"
      aside={
        <Badge color={count > 0 ? "orange" : "green"} variant="light" size="lg" tt="none">
          {count} waiting
        </Badge>
      }
    >
      {count === 0 ? (
        <Text c="dimmed" size="sm">
          No referral is waiting: every one was answered within {window}.
        </Text>
      ) : (
        <>
          <Text size="sm">
            {count} {word} received in the chapter still new after {window}
            {count > referrals.length ? `, the ${referrals.length} oldest below.` : "."}
          </Text>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
            {referrals.map((referral) => (
              <Stack key={referral.id} component="li" gap={0}>
                <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                  {referral.receiver_name}: call {referral.contact_name}
                </Text>
                <Text size="sm" c="dimmed">
                  From {referral.giver_name} · {formatDaysSince(referral.created_at)}
                </Text>
              </Stack>
            ))}
          </Stack>
        </>
      )}
    </DashboardSection>
  );
}
