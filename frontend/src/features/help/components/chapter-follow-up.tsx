import { SimpleGrid, Text } from "@mantine/core";

import { HelpStat } from "./help-stat";

const PERCENT = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 0 });

interface ChapterFollowUpProps {
  /** 0 to 1; null before any referral is old enough to judge. */
  rate: number | null;
  unconfirmed: number;
  window: string;
}

/** How fast the chapter answers its referrals, and the 1-2-1s nobody answered yet. */
export function ChapterFollowUp({ rate, unconfirmed, window }: ChapterFollowUpProps) {
  return (
    <SimpleGrid cols={2} spacing="sm">
      <HelpStat
        label="Follow-up rate"
        value={rate === null ? "Too early to tell" : PERCENT.format(rate)}
        size={rate === null ? "lg" : "xl"}
      >
        <Text size="sm" c="dimmed" mt={4}>
          Referrals answered within {window}, last 12 months
        </Text>
      </HelpStat>
      <HelpStat label="Unconfirmed 1-2-1s" value={unconfirmed}>
        <Text size="sm" c="dimmed" mt={4}>
          Waiting for a member to confirm or dispute
        </Text>
      </HelpStat>
    </SimpleGrid>
  );
}
