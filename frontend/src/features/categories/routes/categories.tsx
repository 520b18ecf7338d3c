// The organization's categories (professions) and their specialties. For owners, admins and
// staff who add one a chapter needs, rename one, or retire one nobody should pick any more.
// They came to change one category, in about 15 seconds.
import { Paper, Stack, Table, Title, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useParams } from "react-router";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Forbidden } from "@/components/ui/forbidden";
import { LoadMore } from "@/components/ui/load-more";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { useMembership } from "@/lib/auth/me";
import { hasScope } from "@/lib/authorization";

import { useCreateCategory } from "../api/create-category";
import { useCategories } from "../api/get-categories";
import { CategoryForm } from "../components/category-form";
import { CategoryRow } from "../components/category-row";

export default function CategoriesRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);
  const categories = useCategories(orgSlug);
  const create = useCreateCategory(orgSlug);

  if (!membership) return <PageLoader />;
  if (!hasScope(membership, "categories:read")) return <Forbidden />;
  const canEdit = hasScope(membership, "categories:write");

  let content;
  if (categories.isPending) {
    content = <PageLoader />;
  } else if (categories.isError) {
    content = <ErrorState error={categories.error} onRetry={() => void categories.refetch()} />;
  } else {
    const rows = categories.data.pages.flatMap((page) => page.results);
    content =
      rows.length === 0 ? (
        <EmptyState
          title="No categories yet"
          description="A category is a profession; each chapter has one member per category."
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Specialties</Table.Th>
                  <Table.Th>Status</Table.Th>
                  {canEdit && (
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((category) => (
                  <CategoryRow
                    key={category.id}
                    orgSlug={orgSlug}
                    category={category}
                    canEdit={canEdit}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore
            hasMore={categories.hasNextPage}
            loading={categories.isFetchingNextPage}
            onLoadMore={() => void categories.fetchNextPage()}
          />
        </>
      );
  }

  return (
    <Stack gap="md" maw={960}>
      <PageHeader
        title="Categories"
        description="The professions a chapter seats, one member each, with optional specialties."
      />
      {canEdit && (
        <Paper withBorder p="md" radius="md" maw={560}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              Add a category
            </Title>
            <CategoryForm
              submitLabel="Add category"
              pending={create.isPending}
              onSubmit={async (values) => {
                const category = await create.mutateAsync(values);
                notifications.show({ color: "green", message: `${category.name} was added.` });
              }}
            />
          </Stack>
        </Paper>
      )}
      {content}
    </Stack>
  );
}
