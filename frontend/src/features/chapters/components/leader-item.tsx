import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { ConfirmModal } from "@/components/ui/confirm-modal";
import { todayIn } from "@/lib/calendar";
import { errorMessage } from "@/lib/errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { ChapterRole } from "../api/get-chapter-roles";
import { useRemoveChapterRole } from "../api/remove-chapter-role";
import { useUpdateChapterRole } from "../api/update-chapter-role";

import { CHAPTER_ROLE_LABELS } from "./chapter-roles";
import { formatDay } from "./dates";

interface LeaderItemProps {
  orgSlug: string;
  role: ChapterRole;
  /** The chapter's time zone: its "today" ends a term. */
  timeZone: string;
  canEdit: boolean;
}

/** One leader: the role, who holds it and for which term; ending or removing it. */
export function LeaderItem({ orgSlug, role, timeZone, canEdit }: LeaderItemProps) {
  const update = useUpdateChapterRole(orgSlug);
  const remove = useRemoveChapterRole(orgSlug);
  const [removing, setRemoving] = useState(false);
  const once = useSingleFlight();
  const label = CHAPTER_ROLE_LABELS[role.role];
  const as = `${role.member_name} as ${label.toLowerCase()}`;

  const endTerm = () =>
    once(async () => {
      try {
        await update.mutateAsync({ roleId: role.id, body: { ends_on: todayIn(timeZone) } });
      } catch (error) {
        notifications.show({ color: "red", title: "Term not ended", message: errorMessage(error) });
        return;
      }
      notifications.show({
        color: "green",
        message: `${role.member_name}'s term as ${label.toLowerCase()} ends today.`,
      });
    });

  const confirmRemove = () =>
    once(async () => {
      try {
        await remove.mutateAsync(role.id);
      } catch {
        return; // Shown in the dialog.
      }
      setRemoving(false);
      notifications.show({ color: "green", message: `${as} was removed.` });
    });

  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      role="listitem"
      aria-label={`${label}: ${role.member_name}`}
    >
      <Group justify="space-between" align="center" gap="xs" wrap="wrap">
        <Stack gap={0} miw={0}>
          <Text size="sm" c="dimmed" fw={500}>
            {label}
          </Text>
          <Text fw={600}>{role.member_name}</Text>
          <Text size="sm" c="dimmed">
            {formatDay(role.starts_on)} – {formatDay(role.ends_on)}
          </Text>
        </Stack>
        {canEdit && (
          <Group gap="xs" wrap="nowrap">
            <Button
              variant="default"
              size="xs"
              loading={update.isPending}
              aria-label={`End the term of ${as}`}
              onClick={endTerm}
            >
              End term
            </Button>
            <Button
              variant="subtle"
              color="red"
              size="xs"
              aria-label={`Remove ${as}`}
              onClick={() => {
                remove.reset();
                setRemoving(true);
              }}
            >
              Remove
            </Button>
          </Group>
        )}
      </Group>
      {canEdit && (
        <ConfirmModal
          opened={removing}
          title={`Remove ${as}?`}
          confirmLabel="Remove role"
          pending={remove.isPending}
          error={remove.isError ? errorMessage(remove.error) : null}
          onConfirm={confirmRemove}
          onClose={() => setRemoving(false)}
        >
          Only for a role given by mistake: it leaves no trace in the chapter's leadership
          history. A term that is over is ended instead.
        </ConfirmModal>
      )}
    </Card>
  );
}
