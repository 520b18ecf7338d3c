import { Group, Stack, Table, TextInput, VisuallyHidden } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { PageLoader } from "@/components/ui/page-loader";
import { Select } from "@/components/ui/select";
import { type Role, ROLE_LABELS, ROLES } from "@/lib/authorization";
import { toChoices } from "@/lib/lookups/choices";
import { useAllRegions } from "@/lib/lookups/regions";
import { useIsPhone } from "@/lib/use-is-phone";

import { usePeople } from "../api/get-people";

import { PersonRow } from "./person-row";

const SEARCH_DELAY_MS = 250;

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
  const [typed, setTyped] = useState("");
  const [search] = useDebouncedValue(typed.trim(), SEARCH_DELAY_MS);
  // The API looks from two letters on; one letter lists everyone still.
  const searching = search.length >= 2 ? search : "";
  const people = usePeople(orgSlug, {
    ...(role ? { role } : {}),
    ...(searching ? { search: searching } : {}),
  });
  const regions = useAllRegions(orgSlug, { select: toChoices });
  const isPhone = useIsPhone();

  const filter = (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="Name or email"
        type="search"
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        w={{ base: "100%", xs: 260 }}
      />
      <Select
        label="Show"
        placeholder="All roles"
        data={ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))}
        value={role}
        onChange={(value) => setRole(value as Role | null)}
        clearable
        w={{ base: "100%", xs: 220 }}
      />
    </Group>
  );

  // The filters stay mounted while results load, so typing keeps its focus.
  if (people.isError) {
    return (
      <Stack>
        {filter}
        <ErrorState error={people.error} onRetry={() => void people.refetch()} />
      </Stack>
    );
  }
  const rows = people.data?.pages.flatMap((page) => page.results) ?? [];

  return (
    <Stack>
      {filter}
      {people.isPending ? (
        <PageLoader />
      ) : rows.length === 0 ? (
        <EmptyState
          title={
            searching
              ? `Nobody matches "${searching}"`
              : role
                ? `No ${ROLE_LABELS[role].toLowerCase()}s`
                : "No people yet"
          }
          description="People appear here once they join the organization."
        />
      ) : isPhone ? (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }} aria-label="People">
          {rows.map((person) => (
            <PersonRow
              key={person.id}
              layout="card"
              orgSlug={orgSlug}
              person={person}
              canEditPeople={canEdit}
              viewerRole={viewerRole}
              isYou={person.user.id === viewerUserId}
              regions={regions.data ?? []}
            />
          ))}
        </Stack>
      ) : (
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
      )}
      <LoadMore
        hasMore={people.hasNextPage}
        loading={people.isFetchingNextPage}
        onLoadMore={() => void people.fetchNextPage()}
      />
    </Stack>
  );
}
