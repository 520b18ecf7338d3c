import { Button, Group, Modal } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { useIsPhone } from "@/lib/use-is-phone";

import type { Member } from "../api/get-members";
import { useUpdateMember } from "../api/update-member";

import { MedicalLeaveModal } from "./medical-leave-modal";
import { MemberForm } from "./member-form";
import { MemberStatusMenu } from "./member-status-menu";

interface MemberActionsProps {
  orgSlug: string;
  member: Member;
  /** The viewer holds `members:write` in the chapter: edit the seat, move its status. */
  canEdit: boolean;
  /** The viewer holds `meetings:write` in the chapter: approve medical leaves. */
  canManageLeave: boolean;
}

/** What a leader does to one seat: edit its details, move its status, approve medical leave. */
export function MemberActions({ orgSlug, member, canEdit, canManageLeave }: MemberActionsProps) {
  const update = useUpdateMember(orgSlug);
  const [editing, setEditing] = useState(false);
  const [onLeave, setOnLeave] = useState(false);
  const isPhone = useIsPhone();

  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      {canManageLeave && (
        <Button
          variant="subtle"
          size="xs"
          aria-label={`Medical leave of ${member.name}`}
          onClick={() => setOnLeave(true)}
        >
          Medical leave
        </Button>
      )}
      {canManageLeave && (
        <MedicalLeaveModal
          orgSlug={orgSlug}
          member={member}
          opened={onLeave}
          onClose={() => setOnLeave(false)}
        />
      )}
      {canEdit && (
        <Button
          variant="subtle"
          size="xs"
          aria-label={`Edit ${member.name}`}
          onClick={() => setEditing(true)}
        >
          Edit
        </Button>
      )}
      {canEdit && <MemberStatusMenu orgSlug={orgSlug} member={member} />}
      <Modal
        opened={canEdit && editing}
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
