import { StatusBadge } from "@/components/ui/status-badge";

import type { ApplicationStatus } from "../api/get-applications";

import { APPLICATION_STATUS_COLORS, APPLICATION_STATUS_LABELS } from "./application-status";

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  return (
    <StatusBadge
      label={APPLICATION_STATUS_LABELS[status]}
      color={APPLICATION_STATUS_COLORS[status]}
    />
  );
}
