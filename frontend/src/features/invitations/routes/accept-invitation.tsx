// An invitation link, opened from the email. For someone a leader or staff invited, often on a
// phone and often without an account yet: they came to see what they are invited to, sign up or
// log in, and accept, in about a minute.
import { Button, Stack, Text } from "@mantine/core";
import { Link, useParams } from "react-router";

import { CardLayout } from "@/components/ui/card-layout";
import { ErrorState } from "@/components/ui/error-state";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { ROLE_LABELS } from "@/lib/authorization";
import { isNotFound } from "@/lib/errors";

import { useInvitationLink } from "../api/get-invitation-link";
import { AcceptPanel } from "../components/accept-panel";
import { LinkState } from "../components/link-state";

export default function AcceptInvitationRoute() {
  const { orgSlug = "", token = "" } = useParams();
  const link = useInvitationLink(orgSlug, token);

  if (link.isPending) {
    return (
      <CardLayout title="Invitation">
        <PageLoader />
      </CardLayout>
    );
  }
  if (link.isError) {
    return isNotFound(link.error) ? (
      <CardLayout title="Invitation not found">
        <Text size="sm">
          This link does not exist. Check that it was copied whole, or ask for a new invitation.
        </Text>
        <Button component={Link} to={paths.home} variant="light">
          Go to the start page
        </Button>
      </CardLayout>
    ) : (
      <CardLayout title="Invitation">
        <ErrorState
          error={link.error}
          title="Could not load this invitation"
          onRetry={() => void link.refetch()}
        />
      </CardLayout>
    );
  }

  const { data } = link;
  const open = data.status === "pending" && !data.expired;
  return (
    <CardLayout
      title={`Join ${data.organization_name}`}
      description={
        data.chapter_name
          ? `You are invited to take your seat in ${data.chapter_name}.`
          : `You are invited to the organization as ${ROLE_LABELS[data.role].toLowerCase()}.`
      }
    >
      <Stack gap="md">
        <Text size="sm">
          Sent to <strong>{data.email}</strong>
        </Text>
        <LinkState link={data} />
        {open && <AcceptPanel orgSlug={orgSlug} token={token} link={data} />}
      </Stack>
    </CardLayout>
  );
}
