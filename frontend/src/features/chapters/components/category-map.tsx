import { Group, Stack, Switch, Table, Text } from "@mantine/core";
import { useState } from "react";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageLoader } from "@/components/ui/page-loader";

import { useCategoryMap } from "../api/get-category-map";

import { MemberStatusBadge } from "./member-status-badge";

interface CategoryMapProps {
  orgSlug: string;
  chapterId: string;
}

/**
 * Every category and the seat that holds it in the chapter. The open ones are what leaders
 * and members recruit for: "most wanted".
 */
export function CategoryMap({ orgSlug, chapterId }: CategoryMapProps) {
  const map = useCategoryMap(orgSlug, chapterId);
  const [openOnly, setOpenOnly] = useState(false);

  if (map.isPending) return <PageLoader />;
  if (map.isError) return <ErrorState error={map.error} onRetry={() => void map.refetch()} />;

  const filled = map.data.filter((entry) => entry.holder !== null).length;
  const open = map.data.length - filled;
  const rows = openOnly ? map.data.filter((entry) => entry.holder === null) : map.data;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" gap="sm">
        <Text fw={500} aria-live="polite">
          {filled} filled, {open} open
        </Text>
        <Switch
          label="Most wanted"
          description="Open categories only"
          checked={openOnly}
          onChange={(event) => setOpenOnly(event.currentTarget.checked)}
        />
      </Group>
      {rows.length === 0 ? (
        <EmptyState
          title={openOnly ? "Every category is filled" : "No categories yet"}
          description={
            openOnly
              ? "Each active category has a member in this chapter."
              : "Categories appear here once the organization sets them up."
          }
        />
      ) : (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Category</Table.Th>
              <Table.Th>Held by</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((entry) => (
              <Table.Tr key={entry.category}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {entry.category_name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {entry.holder ? (
                    <Group gap="xs" wrap="nowrap" justify="space-between">
                      <Stack gap={0} miw={0}>
                        <Text size="sm">{entry.holder.name}</Text>
                        {entry.holder.business_name && (
                          <Text size="xs" c="dimmed">
                            {entry.holder.business_name}
                          </Text>
                        )}
                      </Stack>
                      {entry.holder.status !== "active" && (
                        <MemberStatusBadge status={entry.holder.status} />
                      )}
                    </Group>
                  ) : (
                    <Text size="sm" c="teal.8" fw={600}>
                      Open
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
