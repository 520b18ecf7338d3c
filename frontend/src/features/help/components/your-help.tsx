import { SimpleGrid, Skeleton, Stack, Title, VisuallyHidden } from "@mantine/core";
import { useId } from "react";

import { ErrorState } from "@/components/ui/error-state";
import type { Membership } from "@/lib/auth/me";
import { hasScope } from "@/lib/authorization";

import { useHelpSummary } from "../api/get-help-summary";
import { useCurrency } from "../api/get-organization";

import { HelpRank } from "./help-rank";
import { HelpYear } from "./help-year";
import { formatAmount, toMoney } from "./money";
import { MonthStat } from "./month-stat";
import { givingSeats, ownMemberIds, type Seat } from "./seats";

/** The seat whose help the person sees: their first that can give, when they may read help. */
export function yourHelpSeat(membership: Membership): Seat | undefined {
  return hasScope(membership, "help:read") ? givingSeats(membership)[0] : undefined;
}

interface YourHelpProps {
  orgSlug: string;
  membership: Membership;
}

/**
 * The person's own help, on the organization's home: this month against the last, their rank
 * in their chapter, what they gave against what they received, and how fast they answer.
 * Nothing for someone without a seat that gives.
 */
export function YourHelp({ orgSlug, membership }: YourHelpProps) {
  const titleId = useId();
  const seat = yourHelpSeat(membership);
  if (!seat) return null;
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm">
      <Title order={2} size="h3" id={titleId}>
        Your help
      </Title>
      <YourHelpFigures
        orgSlug={orgSlug}
        seat={seat}
        ownMembers={new Set(ownMemberIds(membership))}
      />
    </Stack>
  );
}

interface YourHelpFiguresProps {
  orgSlug: string;
  seat: Seat;
  ownMembers: ReadonlySet<string>;
}

function YourHelpFigures({ orgSlug, seat, ownMembers }: YourHelpFiguresProps) {
  const summary = useHelpSummary(orgSlug, seat.member);
  const currency = useCurrency(orgSlug);

  if (summary.isPending) return <YourHelpSkeleton />;
  if (summary.isError) {
    return (
      <ErrorState
        title="Could not load your help"
        error={summary.error}
        onRetry={() => void summary.refetch()}
      />
    );
  }
  const { this_month: now, last_month: before } = summary.data;
  const money = (value: number) => formatAmount(toMoney(value), currency);

  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          This month
        </Title>
        <HelpRank orgSlug={orgSlug} seat={seat} ownMembers={ownMembers} />
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <MonthStat
            label="Referrals given"
            thisMonth={now.referrals_given}
            lastMonth={before.referrals_given} compared={summary.data.compared_with}
          />
          <MonthStat
            label="Thank-you amount generated"
            thisMonth={Number(now.thank_you_amount_generated)}
            lastMonth={Number(before.thank_you_amount_generated)} compared={summary.data.compared_with}
            format={money}
          />
          <MonthStat label="1-2-1s" thisMonth={now.one_to_ones} lastMonth={before.one_to_ones} compared={summary.data.compared_with} />
          <MonthStat
            label="Testimonials given"
            thisMonth={now.testimonials_given}
            lastMonth={before.testimonials_given} compared={summary.data.compared_with}
          />
        </SimpleGrid>
      </Stack>
      <HelpYear orgSlug={orgSlug} summary={summary.data} currency={currency} />
    </Stack>
  );
}

/** The cards' places while the figures load, so nothing jumps when they come. */
function YourHelpSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true">
      <VisuallyHidden role="status">Loading your help</VisuallyHidden>
      <Skeleton height={76} radius="md" />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        {[1, 2, 3, 4].map((key) => (
          <Skeleton key={key} height={96} radius="md" />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
