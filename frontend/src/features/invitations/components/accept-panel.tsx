import { Button, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Link, useLocation, useNavigate } from "react-router";

import { ErrorState } from "@/components/ui/error-state";
import { FormAlert } from "@/components/ui/form-alert";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { useMe } from "@/lib/auth/me";
import { isSessionEnded } from "@/lib/auth/session";
import { errorMessage } from "@/lib/errors";
import { loginPath, withNext } from "@/lib/next";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useAcceptInvitation } from "../api/accept-invitation";
import type { InvitationLink } from "../api/get-invitation-link";

interface AcceptPanelProps {
  orgSlug: string;
  token: string;
  link: InvitationLink;
}

/**
 * Accepting a pending invitation: signed in, one button; signed out, the way to log in or sign
 * up, coming back here after.
 */
export function AcceptPanel({ orgSlug, token, link }: AcceptPanelProps) {
  const me = useMe();
  const accept = useAcceptInvitation(orgSlug, token);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const once = useSingleFlight();

  if (me.isPending) return <PageLoader />;
  if (me.isError && !isSessionEnded(me.error)) {
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (me.isError) {
    return (
      <Stack gap="sm">
        <Text size="sm">
          Log in, or create an account with {link.email}, to accept. You come back here after.
        </Text>
        <Button component={Link} to={loginPath(pathname)} fullWidth>
          Log in to accept
        </Button>
        <Button
          component={Link}
          to={withNext(paths.auth.signup, pathname)}
          variant="default"
          fullWidth
        >
          Create an account
        </Button>
      </Stack>
    );
  }

  const onAccept = () =>
    once(async () => {
      try {
        await accept.mutateAsync();
      } catch {
        return;
      }
      notifications.show({ color: "green", message: `Welcome to ${link.organization_name}.` });
      void navigate(paths.organization.dashboard(orgSlug), { replace: true });
    });

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Signed in as {me.data.email}.
      </Text>
      <FormAlert message={accept.isError ? errorMessage(accept.error) : null} />
      <Button onClick={onAccept} loading={accept.isPending} fullWidth>
        Accept invitation
      </Button>
    </Stack>
  );
}
