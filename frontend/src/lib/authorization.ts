// What each organization role may do, as the API enforces it (platform/api/permissions.py).
// The app only hides what a role cannot use; the API is what refuses.
import type { components } from "@/lib/api/schema";

export type Role = components["schemas"]["OrganizationRoleEnum"];

export const ROLES: readonly Role[] = ["owner", "admin", "staff", "region_director", "member"];

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  staff: "Staff",
  region_director: "Region director",
  member: "Member",
};

/** Change the organization, its regions and its people; read the audit trail. */
export function canManageOrganization(role: Role): boolean {
  return role === "owner" || role === "admin";
}

export function canReadPeople(role: Role): boolean {
  return role !== "member";
}

export function canReadActivity(role: Role): boolean {
  return canManageOrganization(role);
}

/** Only owners give or take away the owner role (and remove owners). */
export function canGrantOwner(role: Role): boolean {
  return role === "owner";
}
