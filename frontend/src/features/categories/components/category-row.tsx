import { Badge, Button, Group, Modal, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { StatusBadge } from "@/components/ui/status-badge";
import { errorMessage } from "@/lib/errors";

import type { Category } from "../api/get-categories";
import { useUpdateCategory } from "../api/update-category";

import { CategoryForm } from "./category-form";

interface CategoryRowProps {
  orgSlug: string;
  category: Category;
  canEdit: boolean;
}

export function CategoryRow({ orgSlug, category, canEdit }: CategoryRowProps) {
  const update = useUpdateCategory(orgSlug);
  const [editing, setEditing] = useState(false);

  const toggleActive = () => {
    if (update.isPending) return;
    const isActive = !category.is_active;
    update.mutate(
      { categoryId: category.id, body: { is_active: isActive } },
      {
        onSuccess: () =>
          notifications.show({
            color: "green",
            message: isActive
              ? `${category.name} is offered again.`
              : `${category.name} was deactivated. Members who hold it keep it.`,
          }),
        onError: (error) =>
          notifications.show({
            color: "red",
            title: "Category not changed",
            message: errorMessage(error),
          }),
      },
    );
  };

  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500} c={category.is_active ? undefined : "dimmed"}>
          {category.name}
        </Text>
      </Table.Td>
      <Table.Td>
        {category.specialties.length === 0 ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <Group gap={4}>
            {category.specialties.map((specialty) => (
              <Badge key={specialty} variant="outline" color="gray" tt="none" radius="sm">
                {specialty}
              </Badge>
            ))}
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        <StatusBadge
          label={category.is_active ? "Active" : "Inactive"}
          color={category.is_active ? "green" : "gray"}
        />
      </Table.Td>
      {canEdit && (
        <Table.Td>
          <Group gap="xs" justify="flex-end" wrap="nowrap">
            <Button
              variant="subtle"
              size="xs"
              aria-label={`Edit ${category.name}`}
              onClick={() => setEditing(true)}
            >
              Edit
            </Button>
            <Button
              variant="subtle"
              size="xs"
              color={category.is_active ? "red" : undefined}
              loading={update.isPending}
              aria-label={`${category.is_active ? "Deactivate" : "Reactivate"} ${category.name}`}
              onClick={toggleActive}
            >
              {category.is_active ? "Deactivate" : "Reactivate"}
            </Button>
          </Group>
          <Modal
            opened={editing}
            onClose={() => setEditing(false)}
            title={`Edit ${category.name}`}
            centered
          >
            <CategoryForm
              initialValues={{ name: category.name, specialties: category.specialties }}
              submitLabel="Save"
              pending={update.isPending}
              onSubmit={async (values) => {
                await update.mutateAsync({ categoryId: category.id, body: values });
                notifications.show({ color: "green", message: `${values.name} was saved.` });
              }}
              onDone={() => setEditing(false)}
            />
          </Modal>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
