// The organization's home. For everyone in it: a leader at a desk or a member on a phone. They
// came to see where they are and what they can do, and to jump to it, in 5 seconds. A member
// also sees their own help at a glance: this month against the last, their rank in their
// chapter, what they gave against what they received, and how fast they answer referrals.
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { useMembership } from "@/lib/auth/me";
import type { Membership } from "@/lib/auth/me";
import {
  CHAPTER_ROLE_LABELS,
  hasScope,
  hasScopeAnywhere,
  ROLE_LABELS,
  type Scope,
} from "@/lib/authorization";

import { useOrganization } from "../api/get-organization";
import { useHomeSections } from "../components/home-sections";
import { OrganizationOverview } from "../components/organization-overview";

/** What the person is here: their chapter roles, else their seats, and a role above members'. */
function roleNames(membership: Membership): string[] {
  const chapterRoles = membership.leads.flatMap((lead) =>
    lead.roles.map((role) => `${CHAPTER_ROLE_LABELS[role]}, ${lead.chapter_name}`),
  );
  const led = new Set(membership.leads.map((lead) => lead.chapter));
  const seats = membership.seats
    .filter((seat) => !led.has(seat.chapter))
    .map((seat) => `Member, ${seat.chapter_name}`);
  const inChapters = [...chapterRoles, ...seats];
  if (membership.role === "member" && inChapters.length > 0) return inChapters;
  return [ROLE_LABELS[membership.role], ...inChapters];
}

export default function DashboardRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);
  const organization = useOrganization(orgSlug);
  const { help } = useHomeSections();

  if (organization.isPending || !membership) return <PageLoader />;
  if (organization.isError) {
    return <ErrorState error={organization.error} onRetry={() => void organization.refetch()} />;
  }

  const roles = roleNames(membership);
  const can = (scope: Scope) => hasScope(membership, scope);
  // Organization-wide, or in a chapter the person leads through a chapter role.
  const canSomewhere = (scope: Scope) => hasScopeAnywhere(membership, scope);
  // Owners, admins and staff: the organization's figures (the API refuses everyone else).
  const seesOverview = can("people:read") && can("members:write");
  const links = [
    canSomewhere("meetings:write") && {
      to: paths.organization.meetings(orgSlug),
      title: "Meetings",
      text: "Take attendance and complete the weekly reports.",
    },
    membership.seats.length > 0 &&
      can("help:read") && {
        to: paths.organization.referrals(orgSlug),
        title: "Referrals",
        text: "Answer the referrals passed to you; follow the ones you gave.",
      },
    can("help:read") && {
      to: paths.organization.leaderboard(orgSlug),
      title: "Leaderboard",
      text: "Who gives the most help, in your chapter and beyond.",
    },
    membership.seats.length > 0 && {
      to: paths.organization.myAttendance(orgSlug),
      title: "My attendance",
      text: "Your absences against the limit, meeting by meeting.",
    },
    can("chapters:read") &&
      (canSomewhere("members:write") || canSomewhere("chapters:write")) && {
        to: paths.organization.chapters(orgSlug),
        title: "Chapters",
        text: "Rosters, open categories and meeting schedules.",
      },
    canSomewhere("visitors:read") && {
      to: paths.organization.visitors(orgSlug),
      title: "Visitors",
      text: "Follow up your chapters' guests, and share the visitor link.",
    },
    !canSomewhere("visitors:read") &&
      can("visitors:invite") &&
      membership.seats.length > 0 && {
        to: paths.organization.visitorNew(orgSlug),
        title: "Invite a visitor",
        text: "Register a guest you invited for your chapter's next meeting.",
      },
    canSomewhere("applications:read") && {
      to: paths.organization.applications(orgSlug),
      title: "Applications",
      text: "Decide who joins, and record their payment.",
    },
    canSomewhere("members:write") && {
      to: paths.organization.invitations(orgSlug),
      title: "Invitations",
      text: "Invite people to sign up and take their seat.",
    },
    can("members:read") && {
      to: paths.organization.directory(orgSlug),
      title: "Directory",
      text: "Find a member to refer business to.",
    },
    can("people:read") && {
      to: paths.organization.people(orgSlug),
      title: "People",
      text: "Who is in the organization, and their roles.",
    },
    can("regions:read") && {
      to: paths.organization.regions(orgSlug),
      title: "Regions",
      text: "How chapters are grouped.",
    },
    can("categories:write") && {
      to: paths.organization.categories(orgSlug),
      title: "Categories",
      text: "The professions chapters seat, and their specialties.",
    },
    can("organization:write") && {
      to: paths.organization.settings(orgSlug),
      title: "Settings",
      text: "Name, currency, time zone and policies.",
    },
    can("audit:read") && {
      to: paths.organization.activity(orgSlug),
      title: "Activity",
      text: "Who changed what, and when.",
    },
  ].filter((link) => link !== false);

  return (
    <Stack gap="xl">
      <Stack gap={6}>
        <Title order={1}>{organization.data.name}</Title>
        <Group gap="xs">
          <Text c="dimmed">
            {roles.length > 1 ? "Your roles:" : "Your role:"}
          </Text>
          {roles.map((name) => (
            <Badge key={name} variant="light" tt="none">
              {name}
            </Badge>
          ))}
        </Group>
      </Stack>
      {seesOverview && (
        <OrganizationOverview orgSlug={orgSlug} currency={organization.data.currency} />
      )}
      {help}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        {links.map((link) => (
          <Card
            key={link.to}
            component={Link}
            to={link.to}
            withBorder
            radius="md"
            padding="lg"
          >
            <Text fw={600}>{link.title}</Text>
            <Text size="sm" c="dimmed">
              {link.text}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {!help && !seesOverview && (
        <EmptyState
          title="Nothing to show yet"
          description="Chapters, meetings and referrals will appear here as your organization starts using the app."
        />
      )}
    </Stack>
  );
}
