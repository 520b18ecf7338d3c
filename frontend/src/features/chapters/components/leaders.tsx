import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageLoader } from "@/components/ui/page-loader";
import { useIsPhone } from "@/lib/use-is-phone";

import { useAssignChapterRole } from "../api/assign-chapter-role";
import { useCurrentChapterRoles } from "../api/get-chapter-roles";
import type { Chapter } from "../api/get-chapters";

import { ChapterRoleForm } from "./chapter-role-form";
import { CHAPTER_ROLE_LABELS, CHAPTER_ROLES } from "./chapter-roles";
import { LeaderItem } from "./leader-item";

interface LeadersProps {
  orgSlug: string;
  chapter: Chapter;
  /** The viewer holds `chapters:write` in the chapter (staff, or its president). */
  canEdit: boolean;
}

/** The chapter's leadership team today, in the usual order of the roles. */
export function Leaders({ orgSlug, chapter, canEdit }: LeadersProps) {
  const roles = useCurrentChapterRoles(orgSlug, chapter.id);
  const assign = useAssignChapterRole(orgSlug, chapter.id);
  const [assigning, setAssigning] = useState(false);
  const isPhone = useIsPhone();

  let content;
  if (roles.isPending) {
    content = <PageLoader />;
  } else if (roles.isError) {
    content = <ErrorState error={roles.error} onRetry={() => void roles.refetch()} />;
  } else if (roles.data.length === 0) {
    content = (
      <EmptyState
        title="No leaders yet"
        description={
          canEdit
            ? "Give members their roles: president, vice president and the rest of the team."
            : "Leaders appear here once the chapter's roles are given."
        }
      />
    );
  } else {
    const ordered = [...roles.data].sort(
      (a, b) => CHAPTER_ROLES.indexOf(a.role) - CHAPTER_ROLES.indexOf(b.role),
    );
    content = (
      <Stack gap="sm" role="list" aria-label="Leaders">
        {ordered.map((role) => (
          <LeaderItem
            key={role.id}
            orgSlug={orgSlug}
            role={role}
            timeZone={chapter.time_zone}
            canEdit={canEdit}
          />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" gap="sm">
        <Text c="dimmed" size="sm">
          Leaders take attendance and run the chapter during their term.
        </Text>
        {canEdit && (
          <Button onClick={() => setAssigning(true)} fullWidth={isPhone}>
            Assign role
          </Button>
        )}
      </Group>
      {content}
      {canEdit && (
        <Modal
          opened={assigning}
          onClose={() => setAssigning(false)}
          title="Assign a role"
          fullScreen={isPhone}
          centered
        >
          <ChapterRoleForm
            orgSlug={orgSlug}
            chapterId={chapter.id}
            pending={assign.isPending}
            onSubmit={async (body) => {
              const role = await assign.mutateAsync(body);
              const label = CHAPTER_ROLE_LABELS[role.role].toLowerCase();
              notifications.show({
                color: "green",
                message: `${role.member_name} is now ${label}.`,
              });
            }}
            onDone={() => setAssigning(false)}
          />
        </Modal>
      )}
    </Stack>
  );
}
