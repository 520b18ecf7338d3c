import { Button, Menu } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { ConfirmModal } from "@/components/ui/confirm-modal";
import { errorMessage } from "@/lib/errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useChangeMemberStatus } from "../api/change-member-status";
import type { Member, MemberStatus } from "../api/get-members";

import {
  DESTRUCTIVE_STATUSES,
  MEMBER_STATUS_LABELS,
  MEMBER_TRANSITIONS,
} from "./member-status";

// What a leader confirms before a seat is taken away.
const CONFIRM: Partial<Record<MemberStatus, { title: string; label: string; text: string }>> = {
  dropped: {
    title: "Drop {name}?",
    label: "Drop",
    text:
      "{name} leaves the chapter and the category opens up. The seat can come back only as " +
      "pending.",
  },
  suspended: {
    title: "Suspend {name}?",
    label: "Suspend",
    text: "{name} keeps the category but takes no part until the seat is active again.",
  },
  expired: {
    title: "Mark {name}'s seat as expired?",
    label: "Mark expired",
    text: "The term ended without renewal; the category opens up.",
  },
};

const fill = (text: string, name: string) => text.replaceAll("{name}", name);

interface MemberStatusMenuProps {
  orgSlug: string;
  member: Member;
}

/** The moves a seat may make from its status; destructive ones are confirmed first. */
export function MemberStatusMenu({ orgSlug, member }: MemberStatusMenuProps) {
  const change = useChangeMemberStatus(orgSlug);
  const [confirming, setConfirming] = useState<MemberStatus | null>(null);
  const once = useSingleFlight();

  const move = (status: MemberStatus) =>
    once(async () => {
      try {
        await change.mutateAsync({ memberId: member.id, status });
      } catch (error) {
        // Shown in the dialog for confirmed moves; otherwise the server's reason, in a toast.
        if (!DESTRUCTIVE_STATUSES.has(status)) {
          notifications.show({
            color: "red",
            title: "Status not changed",
            message: errorMessage(error),
          });
        }
        return;
      }
      setConfirming(null);
      notifications.show({
        color: "green",
        message: `${member.name} is now ${MEMBER_STATUS_LABELS[status].toLowerCase()}.`,
      });
    });

  const choose = (status: MemberStatus) => {
    change.reset();
    if (DESTRUCTIVE_STATUSES.has(status)) setConfirming(status);
    else move(status);
  };

  const confirm = confirming ? CONFIRM[confirming] : undefined;

  return (
    <>
      <Menu position="bottom-end" shadow="md">
        <Menu.Target>
          <Button
            variant="default"
            size="xs"
            loading={change.isPending && !confirming}
            aria-label={`Change status of ${member.name}`}
          >
            Change status
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Move to</Menu.Label>
          {MEMBER_TRANSITIONS[member.status].map((status) => (
            <Menu.Item
              key={status}
              color={DESTRUCTIVE_STATUSES.has(status) ? "red" : undefined}
              onClick={() => choose(status)}
            >
              {MEMBER_STATUS_LABELS[status]}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        opened={confirming !== null}
        title={confirm ? fill(confirm.title, member.name) : ""}
        confirmLabel={confirm?.label ?? ""}
        pending={change.isPending}
        error={change.isError ? errorMessage(change.error) : null}
        onConfirm={() => confirming && move(confirming)}
        onClose={() => {
          setConfirming(null);
          change.reset();
        }}
      >
        {confirm ? fill(confirm.text, member.name) : null}
      </ConfirmModal>
    </>
  );
}
