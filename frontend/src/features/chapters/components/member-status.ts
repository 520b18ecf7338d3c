import type { MantineColor } from "@mantine/core";

import type { MemberStatus } from "../api/get-members";

export const MEMBER_STATUSES: readonly MemberStatus[] = [
  "pending",
  "active",
  "on_leave",
  "late",
  "suspended",
  "dropped",
  "expired",
];

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  pending: "Pending",
  active: "Active",
  on_leave: "On leave",
  late: "Late",
  suspended: "Suspended",
  dropped: "Dropped",
  expired: "Expired",
};

export const MEMBER_STATUS_COLORS: Record<MemberStatus, MantineColor> = {
  pending: "blue",
  active: "green",
  on_leave: "yellow",
  late: "orange",
  suspended: "red",
  dropped: "gray",
  expired: "dark",
};

/**
 * Where a seat may go from each status: the life of a seat (domain.md). The server holds the
 * same rules and has the last word; the menu offers only these moves.
 */
export const MEMBER_TRANSITIONS: Record<MemberStatus, readonly MemberStatus[]> = {
  pending: ["active", "dropped"],
  active: ["on_leave", "late", "suspended", "dropped", "expired"],
  on_leave: ["active", "dropped"],
  late: ["active", "dropped", "expired"],
  suspended: ["active", "dropped"],
  dropped: ["pending"],
  expired: ["pending", "active"],
};

/** Moves that take a seat away from the member: they are confirmed first. */
export const DESTRUCTIVE_STATUSES: ReadonlySet<MemberStatus> = new Set([
  "dropped",
  "suspended",
  "expired",
]);
