import { paths } from "@/config/paths";
import type { Membership, Me } from "@/lib/auth/me";
import { hasScope, hasScopeAnywhere, type Scope } from "@/lib/authorization";

export interface NavItem {
  label: string;
  to: string;
  /** Matches only this exact path (the dashboard), not the pages below it. */
  end?: boolean;
}

/** What the person's scopes open in the organization, in the order of the navigation. */
export function organizationNav(membership: Membership): NavItem[] {
  const slug = membership.slug;
  const can = (scope: Scope) => hasScope(membership, scope);
  // Organization-wide, or in a chapter the person leads through a chapter role.
  const canSomewhere = (scope: Scope) => hasScopeAnywhere(membership, scope);
  // Every member may read chapters; the chapter pages are where leaders work, so members
  // find their people in the directory instead.
  const runsChapters =
    can("chapters:read") && (canSomewhere("members:write") || canSomewhere("chapters:write"));
  const items: (NavItem | false)[] = [
    { label: "Home", to: paths.organization.dashboard(slug), end: true },
    canSomewhere("meetings:write") && { label: "Meetings", to: paths.organization.meetings(slug) },
    // Help given is what members come for: the referrals passed to them, and who gives most.
    membership.seats.length > 0 &&
      can("help:read") && { label: "Referrals", to: paths.organization.referrals(slug) },
    membership.seats.length > 0 &&
      can("help:read") && { label: "1-2-1s", to: paths.organization.oneToOnes(slug) },
    can("help:read") && { label: "Leaderboard", to: paths.organization.leaderboard(slug) },
    membership.seats.length > 0 && {
      label: "My attendance",
      to: paths.organization.myAttendance(slug),
    },
    runsChapters && { label: "Chapters", to: paths.organization.chapters(slug) },
    // Leaders follow up their chapters' visitors; members with a seat register their guests.
    canSomewhere("visitors:read") && { label: "Visitors", to: paths.organization.visitors(slug) },
    !canSomewhere("visitors:read") &&
      can("visitors:invite") &&
      membership.seats.length > 0 && {
        label: "Invite a visitor",
        to: paths.organization.visitorNew(slug),
      },
    // The membership committee decides; leaders and staff record applications and payments.
    canSomewhere("applications:read") && {
      label: "Applications",
      to: paths.organization.applications(slug),
    },
    // Leaders invite into their chapters' seats; staff into any chapter or the organization.
    canSomewhere("members:write") && {
      label: "Invitations",
      to: paths.organization.invitations(slug),
    },
    can("members:read") && { label: "Directory", to: paths.organization.directory(slug) },
    can("people:read") && { label: "People", to: paths.organization.people(slug) },
    can("regions:read") && { label: "Regions", to: paths.organization.regions(slug) },
    can("categories:write") && { label: "Categories", to: paths.organization.categories(slug) },
    can("organization:write") && { label: "Settings", to: paths.organization.settings(slug) },
    can("audit:read") && { label: "Activity", to: paths.organization.activity(slug) },
  ];
  return items.filter((item) => item !== false);
}

/** Outside an organization (account pages, unknown organizations): the person's organizations. */
export function accountNav(me: Me | undefined): NavItem[] {
  const organizations = (me?.organizations ?? []).map((organization) => ({
    label: organization.name,
    to: paths.organization.dashboard(organization.slug),
  }));
  return [...organizations, { label: "Security", to: paths.account.security }];
}
