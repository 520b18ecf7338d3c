import { SimpleGrid, Stack } from "@mantine/core";

import type { ChapterDashboard as Dashboard } from "../api/get-chapter-dashboard";
import { useFollowUpDays } from "../api/get-follow-up-days";
import { useCurrency } from "../api/get-organization";

import { ChapterFollowUp } from "./chapter-follow-up";
import { ChapterTotals } from "./chapter-totals";
import { OverdueReferrals } from "./overdue-referrals";
import { OverdueRenewals } from "./overdue-renewals";
import { QuietMembers } from "./quiet-members";
import { TopGivers } from "./top-givers";

interface ChapterDashboardProps {
  orgSlug: string;
  chapterId: string;
  dashboard: Dashboard;
}

/**
 * A chapter's month for its leaders: the figures against last month first, then whom to thank
 * and whom to nudge, then the referrals and 1-2-1s left waiting.
 */
export function ChapterDashboard({ orgSlug, chapterId, dashboard }: ChapterDashboardProps) {
  const currency = useCurrency(orgSlug);
  const days = useFollowUpDays(orgSlug);
  const window =
    days === undefined ? "the follow-up window" : `${days} ${days === 1 ? "day" : "days"}`;
  return (
    <Stack gap="lg">
      <ChapterTotals
        thisMonth={dashboard.this_month}
        lastMonth={dashboard.last_month}
        compared={dashboard.compared_with}
        currency={currency}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <TopGivers orgSlug={orgSlug} chapterId={chapterId} rows={dashboard.top_givers} />
        <QuietMembers members={dashboard.quiet_members} />
      </SimpleGrid>
      <ChapterFollowUp
        rate={dashboard.follow_up_rate}
        unconfirmed={dashboard.unconfirmed_one_to_ones}
        window={window}
      />
      <OverdueReferrals
        referrals={dashboard.overdue_referrals}
        count={dashboard.overdue_count}
        window={window}
      />
      <OverdueRenewals orgSlug={orgSlug} chapterId={chapterId} count={dashboard.overdue_renewals} />
    </Stack>
  );
}
