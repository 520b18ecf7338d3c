import { Alert, Anchor, Text } from "@mantine/core";
import { Link } from "react-router";

import { paths } from "@/config/paths";

import type { InvitationLink } from "../api/get-invitation-link";

import { formatMomentDay } from "./dates";

/** Why a link can no longer be accepted, and what to do instead; nothing while it can be. */
export function LinkState({ link }: { link: InvitationLink }) {
  if (link.status === "accepted") {
    return (
      <Alert color="green" variant="light" title="Already accepted">
        <Text size="sm">
          This invitation was accepted. If it was you,{" "}
          <Anchor component={Link} to={paths.home} size="sm">
            go to the app
          </Anchor>
          .
        </Text>
      </Alert>
    );
  }
  if (link.status === "revoked") {
    return (
      <Alert color="gray" variant="light" title="Invitation withdrawn">
        This invitation was revoked. Ask the person who invited you to send a new one.
      </Alert>
    );
  }
  if (link.expired) {
    return (
      <Alert color="orange" variant="light" title="Invitation expired">
        This invitation expired on {formatMomentDay(link.expires_at)}. Ask the person who invited
        you to send it again.
      </Alert>
    );
  }
  return null;
}
