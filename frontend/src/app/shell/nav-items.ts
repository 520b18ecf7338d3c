import { paths } from "@/config/paths";
import type { Membership, Me } from "@/lib/auth/me";
import { hasScope, type Scope } from "@/lib/authorization";

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
  // Every member may read chapters; the chapter pages are where leaders work, so members
  // find their people in the directory instead.
  const runsChapters = can("chapters:read") && (can("members:write") || can("chapters:write"));
  const items: (NavItem | false)[] = [
    { label: "Home", to: paths.organization.dashboard(slug), end: true },
    runsChapters && { label: "Chapters", to: paths.organization.chapters(slug) },
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
