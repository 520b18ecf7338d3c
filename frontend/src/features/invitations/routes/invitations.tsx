// Invitations. For chapter leaders bringing their roster into the app, and staff bringing
// colleagues into the organization: they came to send a link to someone (in about 20 seconds),
// and to see who has not signed up yet, to nudge them with a fresh link.
import { Button, Modal, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useParams } from "react-router";

import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { useMembership } from "@/lib/auth/me";
import { hasScope, hasScopeAnywhere } from "@/lib/authorization";
import { useAllChapters } from "@/lib/lookups/chapters";
import { useIsPhone } from "@/lib/use-is-phone";

import { useCreateInvitation } from "../api/create-invitation";
import { invitationChapterOptions, NO_CHAPTER } from "../components/invitation-chapters";
import { InvitationsTable } from "../components/invitations-table";
import { InviteForm } from "../components/invite-form";

export default function InvitationsRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);
  const chapters = useAllChapters(orgSlug);
  const create = useCreateInvitation(orgSlug);
  const isPhone = useIsPhone();
  const [inviting, setInviting] = useState(false);

  if (!membership) return <PageLoader />;
  if (!hasScopeAnywhere(membership, "members:write")) return <Forbidden />;

  const options = invitationChapterOptions(membership, chapters.data ?? []);
  const chapterNames = new Map(
    options.filter((option) => option.value !== NO_CHAPTER).map((o) => [o.value, o.label]),
  );

  return (
    <Stack gap="md">
      <PageHeader
        title="Invitations"
        description="Links that bring people into the app and to their seat."
        actions={<Button onClick={() => setInviting(true)}>Invite someone</Button>}
      />
      <InvitationsTable orgSlug={orgSlug} chapterNames={chapterNames} />
      <Modal
        opened={inviting}
        onClose={() => setInviting(false)}
        title="Invite someone"
        size="lg"
        fullScreen={isPhone}
        centered
      >
        <InviteForm
          chapters={options}
          canChooseRole={hasScope(membership, "people:write")}
          pending={create.isPending}
          onSubmit={async (input) => {
            const invitation = await create.mutateAsync(input);
            notifications.show({
              color: "green",
              message: `An invitation was sent to ${invitation.email}.`,
            });
          }}
          onDone={() => setInviting(false)}
        />
      </Modal>
    </Stack>
  );
}
