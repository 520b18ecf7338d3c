import { Stack, Text } from "@mantine/core";

import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { PageLoader } from "@/components/ui/page-loader";

import { useReferrals } from "../api/get-referrals";

import { GivenReferralCard } from "./given-referral-card";
import { ReceivedReferralCard } from "./received-referral-card";

const EMPTY = {
  received: "No referral received yet. The more you give, the more comes back.",
  given: "You have not given a referral yet. Tap Give to pass one on.",
};

interface ReferralListProps {
  orgSlug: string;
  direction: "received" | "given";
}

/** The person's referrals one way, newest first, a card each. */
export function ReferralList({ orgSlug, direction }: ReferralListProps) {
  const referrals = useReferrals(orgSlug, { direction });

  if (referrals.isPending) return <PageLoader />;
  if (referrals.isError) {
    return <ErrorState error={referrals.error} onRetry={() => void referrals.refetch()} />;
  }
  const rows = referrals.data.pages.flatMap((page) => page.results);
  if (rows.length === 0) {
    return (
      <Text c="dimmed" py="md">
        {EMPTY[direction]}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {rows.map((referral) =>
        direction === "received" ? (
          <ReceivedReferralCard key={referral.id} orgSlug={orgSlug} referral={referral} />
        ) : (
          <GivenReferralCard key={referral.id} orgSlug={orgSlug} referral={referral} />
        ),
      )}
      <LoadMore
        hasMore={referrals.hasNextPage}
        loading={referrals.isFetchingNextPage}
        onLoadMore={() => void referrals.fetchNextPage()}
      />
    </Stack>
  );
}
