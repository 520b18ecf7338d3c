// Regions of the organization. Owners and admins add, rename and delete them while setting the
// organization up (about 10 seconds a region); everyone else looks at how chapters are grouped.
import { Paper, Stack, Table, Title, VisuallyHidden } from "@mantine/core";
import { useParams } from "react-router";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { useMembership } from "@/lib/auth/me";
import { hasScope } from "@/lib/authorization";

import { useCreateRegion } from "../api/create-region";
import { useRegions } from "../api/get-regions";
import { RegionNameForm } from "../components/region-name-form";
import { RegionRow } from "../components/region-row";

export default function RegionsRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);
  const regions = useRegions(orgSlug);
  const create = useCreateRegion(orgSlug);

  if (!membership) return <PageLoader />;
  const canEdit = hasScope(membership, "regions:write");

  let content;
  if (regions.isPending) {
    content = <PageLoader />;
  } else if (regions.isError) {
    content = <ErrorState error={regions.error} onRetry={() => void regions.refetch()} />;
  } else {
    const rows = regions.data.pages.flatMap((page) => page.results);
    content =
      rows.length === 0 ? (
        <EmptyState
          title="No regions yet"
          description={
            canEdit
              ? "Regions group chapters, each supervised by a region director. Add the first one above."
              : "Regions group chapters. None have been set up yet."
          }
        />
      ) : (
        <>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                {canEdit && (
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((region) => (
                <RegionRow key={region.id} orgSlug={orgSlug} region={region} canEdit={canEdit} />
              ))}
            </Table.Tbody>
          </Table>
          <LoadMore
            hasMore={regions.hasNextPage}
            loading={regions.isFetchingNextPage}
            onLoadMore={() => void regions.fetchNextPage()}
          />
        </>
      );
  }

  return (
    <Stack gap="md" maw={760}>
      <PageHeader title="Regions" description="Groups of chapters, each with a region director." />
      {canEdit && (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Add a region
            </Title>
            <RegionNameForm
              submitLabel="Add region"
              pending={create.isPending}
              onSubmit={(name) => create.mutateAsync({ name })}
            />
          </Stack>
        </Paper>
      )}
      {content}
    </Stack>
  );
}
