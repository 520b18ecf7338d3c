import { StatusBadge } from "@/components/ui/status-badge";

import type { Invitation } from "../api/get-invitations";

import {
  INVITATION_STATE_COLORS,
  INVITATION_STATE_LABELS,
  invitationState,
} from "./invitation-status";

export function InvitationStatusBadge({ invitation }: { invitation: Invitation }) {
  const state = invitationState(invitation);
  return (
    <StatusBadge label={INVITATION_STATE_LABELS[state]} color={INVITATION_STATE_COLORS[state]} />
  );
}
