import type { MantineColor } from "@mantine/core";

import type { Invitation } from "../api/get-invitations";

/** How an invitation stands for the reader: a pending link past its date has expired. */
export type InvitationState = "pending" | "expired" | "accepted" | "revoked";

export const INVITATION_STATE_LABELS: Record<InvitationState, string> = {
  pending: "Pending",
  expired: "Expired",
  accepted: "Accepted",
  revoked: "Revoked",
};

export const INVITATION_STATE_COLORS: Record<InvitationState, MantineColor> = {
  pending: "blue",
  expired: "orange",
  accepted: "green",
  revoked: "gray",
};

export function invitationState(
  invitation: Pick<Invitation, "status" | "expires_at">,
  now = new Date(),
): InvitationState {
  if (invitation.status === "pending" && new Date(invitation.expires_at) < now) return "expired";
  return invitation.status;
}
