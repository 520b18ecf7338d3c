import { Button, Group, Modal } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { useIsPhone } from "@/lib/use-is-phone";

import type { Member } from "../api/get-members";
import { useUpdateMember } from "../api/update-member";

import { MemberForm } from "./member-form";
import { MemberStatusMenu } from "./member-status-menu";

interface MemberActionsProps {
  orgSlug: string;
  member: Member;
}

/** What a leader does to one seat: edit its details, move its status. */
export function MemberActions({ orgSlug, member }: MemberActionsProps) {
  const update = useUpdateMember(orgSlug);
  const [editing, setEditing] = useState(false);
  const isPhone = useIsPhone();

  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <Button
        variant="subtle"
        size="xs"
        aria-label={`Edit ${member.name}`}
        onClick={() => setEditing(true)}
      >
        Edit
      </Button>
      <MemberStatusMenu orgSlug={orgSlug} member={member} />
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={`Edit ${member.name}`}
        size="xl"
        fullScreen={isPhone}
        centered
      >
        <MemberForm
          orgSlug={orgSlug}
          chapterId={member.chapter}
          member={member}
          submitLabel="Save"
          pending={update.isPending}
          onSubmit={async (body) => {
            const saved = await update.mutateAsync({ memberId: member.id, body });
            notifications.show({ color: "green", message: `${saved.name} was saved.` });
          }}
          onDone={() => setEditing(false)}
        />
      </Modal>
    </Group>
  );
}
