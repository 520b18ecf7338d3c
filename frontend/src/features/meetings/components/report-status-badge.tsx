import { StatusBadge } from "@/components/ui/status-badge";

import type { ReportStatus } from "../api/get-meetings";

import { REPORT_STATUS_COLORS, REPORT_STATUS_LABELS } from "./report-status";

/** Where a meeting's weekly report stands: Draft, Completed, Holiday or Discarded. */
export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  return <StatusBadge label={REPORT_STATUS_LABELS[status]} color={REPORT_STATUS_COLORS[status]} />;
}
