import { Stack, Table, Text } from "@mantine/core";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { PageLoader } from "@/components/ui/page-loader";

import { useAuditEvents } from "../api/get-audit-events";

import { actionLabel, actorLabel, changes } from "./describe-event";

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function AuditTable({ orgSlug }: { orgSlug: string }) {
  const events = useAuditEvents(orgSlug);

  if (events.isPending) return <PageLoader />;
  if (events.isError) {
    return <ErrorState error={events.error} onRetry={() => void events.refetch()} />;
  }
  const rows = events.data.pages.flatMap((page) => page.results);
  if (rows.length === 0) {
    return (
      <EmptyState
        title="No activity yet"
        description="Changes to the organization, its regions and people's roles appear here."
      />
    );
  }

  return (
    <Stack>
      {/* No scroll container: the cells wrap, so a phone reads it without scrolling sideways. */}
      <Table verticalSpacing="sm" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>What</Table.Th>
              <Table.Th>Changes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((event) => (
              <Table.Tr key={event.id}>
                <Table.Td>
                  <Text size="sm" component="time" dateTime={event.created_at}>
                    {WHEN.format(new Date(event.created_at))}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{actorLabel(event)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{actionLabel(event.action)}</Text>
                  {event.target_name && (
                    <Text size="sm" c="dimmed">
                      {event.target_name}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {changes(event).map((line) => (
                    <Text key={line} size="xs" ff="monospace" style={{ overflowWrap: "anywhere" }}>
                      {line}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
      </Table>
      <LoadMore
        hasMore={events.hasNextPage}
        loading={events.isFetchingNextPage}
        onLoadMore={() => void events.fetchNextPage()}
      />
    </Stack>
  );
}
