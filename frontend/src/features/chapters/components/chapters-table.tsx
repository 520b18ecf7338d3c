import { Anchor, Stack, Table, Text } from "@mantine/core";
import { Link } from "react-router";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";

import { useChapters } from "../api/get-chapters";

import { describeSchedule } from "./chapter-labels";
import { ChapterStatusBadge } from "./chapter-status-badge";

interface ChaptersTableProps {
  orgSlug: string;
  canCreate: boolean;
}

/** The organization's chapters by name, each with its status and when it meets. */
export function ChaptersTable({ orgSlug, canCreate }: ChaptersTableProps) {
  const chapters = useChapters(orgSlug);

  if (chapters.isPending) return <PageLoader />;
  if (chapters.isError) {
    return <ErrorState error={chapters.error} onRetry={() => void chapters.refetch()} />;
  }
  const rows = chapters.data.pages.flatMap((page) => page.results);
  if (rows.length === 0) {
    return (
      <EmptyState
        title="No chapters yet"
        description={
          canCreate
            ? "A chapter is a group that meets on a schedule. Create the first one."
            : "Chapters appear here once the organization creates them."
        }
      />
    );
  }

  return (
    <Stack>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Chapter</Table.Th>
            <Table.Th ta="right">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((chapter) => (
            <Table.Tr key={chapter.id}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={paths.organization.chapter(orgSlug, chapter.id)}
                  fw={600}
                >
                  {chapter.name}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {describeSchedule(chapter)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <ChapterStatusBadge status={chapter.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <LoadMore
        hasMore={chapters.hasNextPage}
        loading={chapters.isFetchingNextPage}
        onLoadMore={() => void chapters.fetchNextPage()}
      />
    </Stack>
  );
}
