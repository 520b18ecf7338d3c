import { Button, Group, Modal, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { PageLoader } from "@/components/ui/page-loader";
import { Select } from "@/components/ui/select";
import { useAllCategories } from "@/lib/lookups/categories";
import { toChoices } from "@/lib/lookups/choices";
import { useIsPhone } from "@/lib/use-is-phone";

import { useCreateMember } from "../api/create-member";
import { type MemberStatus, useMembers } from "../api/get-members";

import { MemberForm } from "./member-form";
import { MEMBER_STATUS_LABELS, MEMBER_STATUSES } from "./member-status";
import { RosterList } from "./roster-list";

interface RosterProps {
  orgSlug: string;
  chapterId: string;
  /** The viewer holds `members:write` in the chapter: add and edit seats, move their status. */
  canEdit: boolean;
  /** The viewer holds `meetings:write` in the chapter: approve medical leaves. */
  canManageLeave?: boolean;
}

/** A chapter's seats, filtered by status and category. */
export function Roster({ orgSlug, chapterId, canEdit, canManageLeave = false }: RosterProps) {
  const [status, setStatus] = useState<MemberStatus | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const members = useMembers(orgSlug, {
    chapter: chapterId,
    ...(status ? { status } : {}),
    ...(category ? { category } : {}),
  });
  const categories = useAllCategories(orgSlug, { select: toChoices });
  const create = useCreateMember(orgSlug);
  const isPhone = useIsPhone();
  const filtered = status !== null || category !== null;

  let content;
  if (members.isPending) {
    content = <PageLoader />;
  } else if (members.isError) {
    content = <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  } else {
    const rows = members.data.pages.flatMap((page) => page.results);
    content =
      rows.length === 0 ? (
        <EmptyState
          title={filtered ? "No member matches" : "No members yet"}
          description={
            filtered
              ? "Try another status or category."
              : canEdit
                ? "Add the chapter's first member; the seat starts as pending."
                : "Members appear here once leaders add them."
          }
        />
      ) : (
        <>
          <RosterList
            orgSlug={orgSlug}
            members={rows}
            canEdit={canEdit}
            canManageLeave={canManageLeave}
            stacked={isPhone}
          />
          <LoadMore
            hasMore={members.hasNextPage}
            loading={members.isFetchingNextPage}
            onLoadMore={() => void members.fetchNextPage()}
          />
        </>
      );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group gap="sm" align="flex-end" grow={isPhone} w={isPhone ? "100%" : undefined}>
          <Select
            label="Status"
            placeholder="All statuses"
            data={MEMBER_STATUSES.map((value) => ({ value, label: MEMBER_STATUS_LABELS[value] }))}
            value={status}
            onChange={(value) => setStatus(value as MemberStatus | null)}
            clearable
            w={isPhone ? undefined : 180}
          />
          <Select
            label="Category"
            placeholder="All categories"
            data={categories.data ?? []}
            value={category}
            onChange={setCategory}
            searchable
            clearable
            nothingFoundMessage="No such category"
            w={isPhone ? undefined : 240}
          />
        </Group>
        {canEdit && (
          <Button onClick={() => setAdding(true)} fullWidth={isPhone}>
            Add member
          </Button>
        )}
      </Group>
      {content}
      {canEdit && (
        <Modal
          opened={adding}
          onClose={() => setAdding(false)}
          title="Add a member"
          size="xl"
          fullScreen={isPhone}
          centered
        >
          <MemberForm
            orgSlug={orgSlug}
            chapterId={chapterId}
            // "Add member" is the button that opened the dialog; one button per name.
            submitLabel="Save"
            pending={create.isPending}
            onSubmit={async (fields) => {
              const member = await create.mutateAsync({ ...fields, chapter: chapterId });
              notifications.show({
                color: "green",
                message: `${member.name} was added as pending.`,
              });
            }}
            onDone={() => setAdding(false)}
          />
        </Modal>
      )}
    </Stack>
  );
}
