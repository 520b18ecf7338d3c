import { Anchor, Badge, Text } from "@mantine/core";
import { Link } from "react-router";

import { paths } from "@/config/paths";

import { DashboardSection } from "./dashboard-section";

interface OverdueRenewalsProps {
  orgSlug: string;
  chapterId: string;
  /** Seats held past their renewal date. */
  count: number;
}

/** Seats whose renewal date has passed: the roster marks each one. */
export function OverdueRenewals({ orgSlug, chapterId, count }: OverdueRenewalsProps) {
  const seats = count === 1 ? "seat is" : "seats are";
  return (
    <DashboardSection
      title="Renewals overdue"
      aside={
        <Badge color={count > 0 ? "red" : "green"} variant="light" size="lg" tt="none">
          {count} overdue
        </Badge>
      }
    >
      {count === 0 ? (
        <Text c="dimmed" size="sm">
          Every seat in the chapter is renewed on time.
        </Text>
      ) : (
        <Text size="sm">
          {count} {seats} past the renewal date.{" "}
          <Anchor component={Link} to={paths.organization.chapter(orgSlug, chapterId)}>
            See them on the roster
          </Anchor>
        </Text>
      )}
    </DashboardSection>
  );
}
