// The organization at a glance for its owners, admins and staff: its chapters and members,
// this month's help against the same days of last month, and what needs someone to act.
import { Anchor, Card, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";

import { ErrorState } from "@/components/ui/error-state";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";

import { type AttentionKind, type Overview, useOverview } from "../api/get-overview";

const MONTH = new Intl.DateTimeFormat(undefined, { month: "short", timeZone: "UTC" });

/** A period inside one month, e.g. "Mar 1–15". */
function days(period: Overview["this_period"]): string {
  const month = MONTH.format(new Date(`${period.start}T00:00:00Z`));
  const [start, end] = [period.start, period.end].map((day) => Number(day.slice(8)));
  return start === end ? `${month} ${start}` : `${month} ${start}–${end}`;
}

function money(amount: string, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency }).format(Number(amount));
  } catch {
    return `${amount} ${currency}`;
  }
}

function change(now: number, before: number): string {
  if (now === before) return "Same as last month";
  return now > before ? `Up ${now - before} on last month` : `Down ${before - now} on last month`;
}

const ATTENTION: Record<
  AttentionKind,
  { text: (count: number) => string; to: (slug: string) => string }
> = {
  applications_to_decide: {
    text: (n) => `${n} ${n === 1 ? "application waits" : "applications wait"} for a decision`,
    to: paths.organization.applications,
  },
  applications_awaiting_payment: {
    text: (n) => `${n} approved ${n === 1 ? "applicant has" : "applicants have"} not paid yet`,
    to: paths.organization.applications,
  },
  visitors_to_follow_up: {
    text: (n) => `${n} ${n === 1 ? "visitor came and has" : "visitors came and have"} not been contacted`,
    to: paths.organization.visitors,
  },
  renewals_overdue: {
    text: (n) => `${n} ${n === 1 ? "member's renewal is" : "members' renewals are"} overdue`,
    to: paths.organization.chapters,
  },
  reports_not_completed: {
    text: (n) => `${n} past ${n === 1 ? "meeting's weekly report is" : "meetings' weekly reports are"} not completed`,
    to: (slug) => paths.organization.meetings(slug),
  },
  referrals_waiting: {
    text: (n) => `${n} ${n === 1 ? "referral has" : "referrals have"} waited past the follow-up window`,
    to: paths.organization.chapters,
  },
};

function Figure(props: { label: string; value: string; note: string; to?: string }) {
  return (
    <Card withBorder radius="md" padding="md" role="group" aria-label={props.label}>
      <Text size="sm" c="dimmed">
        {props.label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {props.to ? (
          <Anchor component={Link} to={props.to} inherit>
            {props.value}
          </Anchor>
        ) : (
          props.value
        )}
      </Text>
      <Text size="sm" c="dimmed">
        {props.note}
      </Text>
    </Card>
  );
}

export function OrganizationOverview({ orgSlug, currency }: { orgSlug: string; currency: string }) {
  const overview = useOverview(orgSlug, true);
  if (overview.isPending) return <PageLoader />;
  if (overview.isError) {
    return <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
  }
  const data = overview.data;
  const now = data.help_this_period;
  const before = data.help_last_period;
  const waiting = data.attention.filter((item) => item.count > 0);
  const compared = `${days(data.this_period)} against ${days(data.last_period)}`;

  return (
    <Stack gap="lg" component="section" aria-labelledby="overview-title">
      <Title order={2} size="h3" id="overview-title">
        Your organization
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        <Figure
          label="Chapters"
          value={String(data.chapters.total)}
          note={`${data.chapters.active} active`}
          to={paths.organization.chapters(orgSlug)}
        />
        <Figure
          label="Active members"
          value={String(data.members.active)}
          note={`${data.members.on_leave} on leave · ${data.members.pending} pending`}
        />
        <Figure
          label="Referrals given this month"
          value={String(now.referrals_given)}
          note={`${change(now.referrals_given, before.referrals_given)} (${before.referrals_given})`}
        />
        <Figure
          label="Visitors who came this month"
          value={String(now.visitors)}
          note={`${change(now.visitors, before.visitors)} (${before.visitors})`}
          to={paths.organization.visitors(orgSlug)}
        />
      </SimpleGrid>
      <Group gap="xl">
        <Text size="sm">
          Thank-you business {money(now.thank_you_amount_generated, currency)} (last month{" "}
          {money(before.thank_you_amount_generated, currency)}) · 1-2-1s {now.one_to_ones} (
          {before.one_to_ones}) · Education {now.education} ({before.education})
        </Text>
      </Group>
      <Text size="sm" c="dimmed">
        This month compares {compared}: the same days of last month.
      </Text>
      <Stack gap="xs" component="section" aria-labelledby="attention-title">
        <Title order={3} size="h4" id="attention-title">
          What needs attention
        </Title>
        {waiting.length === 0 ? (
          <Text c="dimmed">Nothing needs attention right now.</Text>
        ) : (
          <List spacing="xs">
            {waiting.map((item) => (
              <List.Item key={item.kind}>
                <Anchor component={Link} to={ATTENTION[item.kind].to(orgSlug)}>
                  {ATTENTION[item.kind].text(item.count)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}
