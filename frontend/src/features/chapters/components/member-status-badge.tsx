import { StatusBadge } from "@/components/ui/status-badge";

import type { MemberStatus } from "../api/get-members";

import { MEMBER_STATUS_COLORS, MEMBER_STATUS_LABELS } from "./member-status";

export function MemberStatusBadge({ status }: { status: MemberStatus }) {
  return <StatusBadge label={MEMBER_STATUS_LABELS[status]} color={MEMBER_STATUS_COLORS[status]} />;
}
