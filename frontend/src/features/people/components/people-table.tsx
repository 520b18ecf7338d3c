import { Stack, Table, VisuallyHidden } from "@mantine/core";
import { useState } from "react";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { PageLoader } from "@/components/ui/page-loader";
import { Select } from "@/components/ui/select";
import { type Role, ROLE_LABELS, ROLES } from "@/lib/authorization";
import { toChoices } from "@/lib/lookups/choices";
import { useAllRegions } from "@/lib/lookups/regions";

import { usePeople } from "../api/get-people";

import { PersonRow } from "./person-row";

interface PeopleTableProps {
  orgSlug: string;
  /** The viewer holds `people:write`: change roles and remove people. */
  canEdit: boolean;
  /** Still needed for the owner role, which only an owner grants or removes. */
  viewerRole: Role;
  viewerUserId: string;
}

export function PeopleTable({ orgSlug, canEdit, viewerRole, viewerUserId }: PeopleTableProps) {
  const [role, setRole] = useState<Role | null>(null);
  const people = usePeople(orgSlug, role ? { role } : {});
  const regions = useAllRegions(orgSlug, { select: toChoices });

  const filter = (
    <Select
      label="Show"
      placeholder="All roles"
      data={ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))}
      value={role}
      onChange={(value) => setRole(value as Role | null)}
      clearable
      w={220}
    />
  );

  if (people.isPending) {
    return (
      <Stack>
        {filter}
        <PageLoader />
      </Stack>
    );
  }
  if (people.isError) {
    return <ErrorState error={people.error} onRetry={() => void people.refetch()} />;
  }

  const rows = people.data.pages.flatMap((page) => page.results);

  return (
    <Stack>
      {filter}
      {rows.length === 0 ? (
        <EmptyState
          title={role ? `No ${ROLE_LABELS[role].toLowerCase()}s` : "No people yet"}
          description="People appear here once they join the organization."
        />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Region</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((person) => (
                <PersonRow
                  key={person.id}
                  orgSlug={orgSlug}
                  person={person}
                  canEditPeople={canEdit}
                  viewerRole={viewerRole}
                  isYou={person.user.id === viewerUserId}
                  regions={regions.data ?? []}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMore
        hasMore={people.hasNextPage}
        loading={people.isFetchingNextPage}
        onLoadMore={() => void people.fetchNextPage()}
      />
    </Stack>
  );
}
