import type { MantineColor } from "@mantine/core";

import { VISITOR_STATUS_LABELS } from "@/lib/visitor-status";

import type { VisitorStatus } from "../api/get-visitors";

/** The follow-up pipeline, in the order a visitor moves along it (the board's columns). */
export const VISITOR_STATUSES: readonly VisitorStatus[] = [
  "new",
  "contacted",
  "interested",
  "applied",
  "joined",
  "not_interested",
];

export { VISITOR_STATUS_LABELS };

export const VISITOR_STATUS_COLORS: Record<VisitorStatus, MantineColor> = {
  new: "blue",
  contacted: "cyan",
  interested: "teal",
  applied: "violet",
  joined: "green",
  not_interested: "gray",
};

export const VISITOR_STATUS_OPTIONS = VISITOR_STATUSES.map((value) => ({
  value,
  label: VISITOR_STATUS_LABELS[value],
}));

export function isVisitorStatus(value: string | null): value is VisitorStatus {
  return value !== null && (VISITOR_STATUSES as readonly string[]).includes(value);
}
