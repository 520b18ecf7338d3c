// My 1-2-1s. For any member, mostly on a phone after a coffee with another member: confirm the
// 1-2-1s others logged with them, so they count, and see which of theirs count already. They
// came to answer or to check, in about 5 seconds.
import { Button, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useParams } from "react-router";

import { EmptyState } from "@/components/ui/empty-state";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { useMembership } from "@/lib/auth/me";
import { hasScope } from "@/lib/authorization";

import { GiveHelpModal } from "../components/give-help-modal";
import { OneToOneList } from "../components/one-to-one-list";
import { canGiveHelp, ownMemberIds } from "../components/seats";

export default function MyOneToOnesRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);
  const [logging, { open, close }] = useDisclosure(false);

  if (!membership) return <PageLoader />;
  if (!hasScope(membership, "help:read")) return <Forbidden />;
  const canGive = canGiveHelp(membership);

  return (
    <Stack gap="md" maw={720}>
      <PageHeader
        title="1-2-1s"
        description="Members you met one-to-one, and the meetings waiting for your answer."
        actions={canGive && <Button onClick={open}>Log a 1-2-1</Button>}
      />
      {membership.seats.length === 0 ? (
        <EmptyState
          title="No seat in a chapter"
          description="1-2-1s are logged and confirmed by members of a chapter."
        />
      ) : (
        <OneToOneList
          orgSlug={orgSlug}
          ownMembers={ownMemberIds(membership)}
          canAnswer={hasScope(membership, "help:give")}
        />
      )}
      {canGive && (
        <GiveHelpModal
          orgSlug={orgSlug}
          membership={membership}
          opened={logging}
          onClose={close}
          initialKind="one_to_one"
        />
      )}
    </Stack>
  );
}
