import { StatusBadge } from "@/components/ui/status-badge";

import type { AttendanceStatus } from "../api/get-attendance";

import { ATTENDANCE_STATUS_COLORS, ATTENDANCE_STATUS_LABELS } from "./attendance-status";

export function AttendanceStatusBadge({ status }: { status: AttendanceStatus }) {
  return (
    <StatusBadge
      label={ATTENDANCE_STATUS_LABELS[status]}
      color={ATTENDANCE_STATUS_COLORS[status] ?? "green"}
    />
  );
}
