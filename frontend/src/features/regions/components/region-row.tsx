import { Button, Group, Modal, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { ConfirmModal } from "@/components/ui/confirm-modal";
import { errorMessage } from "@/lib/errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useDeleteRegion } from "../api/delete-region";
import type { Region } from "../api/get-regions";
import { useUpdateRegion } from "../api/update-region";

import { RegionNameForm } from "./region-name-form";

interface RegionRowProps {
  orgSlug: string;
  region: Region;
  canEdit: boolean;
}

export function RegionRow({ orgSlug, region, canEdit }: RegionRowProps) {
  const rename = useUpdateRegion(orgSlug);
  const remove = useDeleteRegion(orgSlug);
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const once = useSingleFlight();

  const confirmDelete = () =>
    once(async () => {
      try {
        await remove.mutateAsync(region.id);
      } catch {
        return; // shown in the dialog
      }
      setDeleting(false);
      notifications.show({ color: "green", message: `Region ${region.name} was deleted.` });
    });

  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {region.name}
        </Text>
      </Table.Td>
      {canEdit && (
        <Table.Td>
          <Group gap="xs" justify="flex-end" wrap="nowrap">
            <Button
              variant="subtle"
              size="xs"
              aria-label={`Rename ${region.name}`}
              onClick={() => setRenaming(true)}
            >
              Rename
            </Button>
            <Button
              variant="subtle"
              color="red"
              size="xs"
              aria-label={`Delete ${region.name}`}
              onClick={() => setDeleting(true)}
            >
              Delete
            </Button>
          </Group>
          <Modal
            opened={renaming}
            onClose={() => setRenaming(false)}
            title={`Rename ${region.name}`}
            centered
          >
            <RegionNameForm
              initialName={region.name}
              submitLabel="Save"
              pending={rename.isPending}
              onSubmit={(name) => rename.mutateAsync({ regionId: region.id, name })}
              onDone={() => setRenaming(false)}
            />
          </Modal>
          <ConfirmModal
            opened={deleting}
            title={`Delete ${region.name}?`}
            confirmLabel="Delete"
            pending={remove.isPending}
            error={remove.isError ? errorMessage(remove.error) : null}
            onConfirm={confirmDelete}
            onClose={() => {
              setDeleting(false);
              remove.reset();
            }}
          >
            The region is removed for good. Chapters are not deleted with it.
          </ConfirmModal>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
