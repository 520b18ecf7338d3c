import { SimpleGrid, Stack, Text, Title } from "@mantine/core";

import { useFollowUpDays } from "../api/get-follow-up-days";
import type { HelpSummary } from "../api/get-help-summary";

import { HelpStat } from "./help-stat";
import { formatAmount } from "./money";

const PERCENT = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 0 });

interface HelpYearProps {
  orgSlug: string;
  summary: HelpSummary;
  currency: string | undefined;
}

/** The last twelve months: help given against received, and how fast referrals are answered. */
export function HelpYear({ orgSlug, summary, currency }: HelpYearProps) {
  const { given, received } = summary;
  const referrals = given.referrals === 1 ? "referral" : "referrals";
  const generated = formatAmount(given.thank_you_amount, currency);
  const thanked = formatAmount(received.thank_you_amount, currency);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Last 12 months
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        <HelpStat
          label="Referrals"
          size="lg"
          value={
            <Both
              first={`Given ${given.referrals} ${referrals}`}
              second={`Received ${received.referrals}`}
            />
          }
        />
        <HelpStat
          label="Thank-you amounts"
          size="lg"
          value={<Both first={`Generated ${generated}`} second={`Received ${thanked}`} />}
        />
        <FollowUpRate orgSlug={orgSlug} summary={summary} />
      </SimpleGrid>
    </Stack>
  );
}

/** Two sides of a balance, a line each when they do not fit on one. */
function Both({ first, second }: { first: string; second: string }) {
  return (
    <>
      <span style={{ whiteSpace: "nowrap" }}>{first}</span> ·{" "}
      <span style={{ whiteSpace: "nowrap" }}>{second}</span>
    </>
  );
}

/** The share of received referrals answered in time; none to judge before the first arrives. */
function FollowUpRate({ orgSlug, summary }: { orgSlug: string; summary: HelpSummary }) {
  const days = useFollowUpDays(orgSlug);
  const window =
    days === undefined ? "the follow-up window" : `${days} ${days === 1 ? "day" : "days"}`;
  const rate = summary.follow_up_rate;

  if (rate === null) {
    const none = summary.received.referrals === 0;
    return (
      <HelpStat
        label="Follow-up rate"
        size="lg"
        value={none ? "No referrals received yet" : "Too early to tell"}
      >
        {!none && (
          <Text size="sm" c="dimmed" mt={4}>
            Answer your new referrals within {window}
          </Text>
        )}
      </HelpStat>
    );
  }
  return (
    <HelpStat label="Follow-up rate" value={PERCENT.format(rate)}>
      <Text size="sm" c="dimmed" mt={4}>
        Referrals you answered within {window}
      </Text>
    </HelpStat>
  );
}
