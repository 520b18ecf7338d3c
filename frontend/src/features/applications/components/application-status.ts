import type { MantineColor } from "@mantine/core";

import type { ApplicationStatus } from "../api/get-applications";

/** In the order an application goes through them; the filter offers them in this order. */
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  "applied",
  "approved",
  "joined",
  "declined",
  "lapsed",
];

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  applied: "Applied",
  approved: "Approved, awaiting payment",
  joined: "Joined",
  declined: "Declined",
  lapsed: "Lapsed",
};

export const APPLICATION_STATUS_COLORS: Record<ApplicationStatus, MantineColor> = {
  applied: "blue",
  approved: "yellow",
  joined: "green",
  declined: "gray",
  lapsed: "orange",
};

export function isApplicationStatus(value: string | null): value is ApplicationStatus {
  return APPLICATION_STATUSES.includes(value as ApplicationStatus);
}
