// What the signed-in person may do in an organization. The API sends, for each organization in
// /me, the scopes of the person's role there (platform/api/permissions.py maps roles to
// scopes); the app reads them rather than keeping its own copy of that map. The app only hides
// what a role cannot use; the API is what refuses.
import type { components } from "@/lib/api/schema";
import type { Membership } from "@/lib/auth/me";

export type Role = components["schemas"]["OrganizationRoleEnum"];

/** The scopes the API grants; a typo in a check fails to compile. */
export type Scope =
  | "organization:read"
  | "organization:write"
  | "regions:read"
  | "regions:write"
  | "people:read"
  | "people:write"
  | "audit:read"
  | "chapters:read"
  | "chapters:write"
  | "categories:read"
  | "categories:write"
  | "members:read"
  | "members:write"
  | "meetings:read"
  | "meetings:write"
  | "attendance:read"
  | "visitors:invite"
  | "visitors:read"
  | "visitors:write"
  | "help:read"
  | "help:give"
  | "applications:read"
  | "applications:write"
  | "applications:decide";

export type ChapterRole = components["schemas"]["ChapterRoleEnum"];

export const CHAPTER_ROLE_LABELS: Record<ChapterRole, string> = {
  president: "President",
  vice_president: "Vice president",
  secretary_treasurer: "Secretary/treasurer",
  membership_committee: "Membership committee",
  visitor_host: "Visitor host",
  education_coordinator: "Education coordinator",
  mentor_coordinator: "Mentor coordinator",
};

export const ROLES: readonly Role[] = ["owner", "admin", "staff", "region_director", "member"];

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  staff: "Staff",
  region_director: "Region director",
  member: "Member",
};

/** Whether the membership's role may do `scope` in its organization (false without one). */
export function hasScope(membership: Pick<Membership, "scopes"> | undefined, scope: Scope): boolean {
  return membership?.scopes.includes(scope) ?? false;
}

/**
 * Whether the person may do `scope` in one chapter: through their organization role, or through
 * a chapter role (president, vice president, ...) whose term runs today (`leads` in /me).
 */
export function canInChapter(
  membership: Pick<Membership, "scopes" | "leads"> | undefined,
  chapterId: string,
  scope: Scope,
): boolean {
  if (hasScope(membership, scope)) return true;
  const lead = membership?.leads.find((entry) => entry.chapter === chapterId);
  return lead?.scopes.includes(scope) ?? false;
}

/** Whether the person may do `scope` somewhere: organization-wide or in a chapter they lead. */
export function hasScopeAnywhere(
  membership: Pick<Membership, "scopes" | "leads"> | undefined,
  scope: Scope,
): boolean {
  return (
    hasScope(membership, scope) ||
    (membership?.leads.some((entry) => entry.scopes.includes(scope)) ?? false)
  );
}

/** The chapters where the person may do `scope` through a chapter role (not their org role). */
export function ledChapters(
  membership: Pick<Membership, "leads"> | undefined,
  scope: Scope,
): { chapter: string; chapter_name: string }[] {
  return (membership?.leads ?? []).filter((entry) => entry.scopes.includes(scope));
}

/**
 * Only owners give or take away the owner role (and remove owners). A rule about roles, not a
 * scope: admins hold `people:write` too. The API enforces it as well.
 */
export function canGrantOwner(role: Role): boolean {
  return role === "owner";
}
