import { Button, Card, Group, Stack, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { ConfirmModal } from "@/components/ui/confirm-modal";
import { Select } from "@/components/ui/select";
import { canGrantOwner, type Role, ROLE_LABELS, ROLES } from "@/lib/authorization";
import { errorMessage } from "@/lib/errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useDeletePerson } from "../api/delete-person";
import type { Person } from "../api/get-people";
import { useUpdatePerson } from "../api/update-person";

interface PersonRowProps {
  orgSlug: string;
  person: Person;
  /** The viewer holds `people:write`. */
  canEditPeople: boolean;
  viewerRole: Role;
  isYou: boolean;
  regions: { value: string; label: string }[];
  /** A table row on wider screens; a card on a phone, so nothing scrolls sideways. */
  layout?: "row" | "card";
}

export function personName(person: Person): string {
  return person.user.name || person.user.email;
}

export function PersonRow({
  orgSlug,
  person,
  canEditPeople,
  viewerRole,
  isYou,
  regions,
  layout = "row",
}: PersonRowProps) {
  const update = useUpdatePerson(orgSlug);
  const remove = useDeletePerson(orgSlug);
  // A region director needs a region: picking that role waits here until one is chosen.
  const [pendingDirector, setPendingDirector] = useState(false);
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);

  const name = personName(person);
  const canEdit = canEditPeople && (person.role !== "owner" || canGrantOwner(viewerRole));
  const roleOptions = ROLES.filter((role) => role !== "owner" || canGrantOwner(viewerRole)).map(
    (role) => ({ value: role, label: ROLE_LABELS[role] }),
  );
  const shownRole: Role = pendingDirector ? "region_director" : person.role;
  const regionName = regions.find((region) => region.value === person.region)?.label;

  const save = (role: Role, region: string | null) => {
    if (update.isPending) return;
    update.mutate(
      { personId: person.id, body: { role, region } },
      {
        onSuccess: () => {
          setPendingDirector(false);
          notifications.show({
            color: "green",
            message: `${name} is now ${ROLE_LABELS[role].toLowerCase()}.`,
          });
        },
        onError: (error) =>
          notifications.show({ color: "red", title: "Role not changed", message: errorMessage(error) }),
      },
    );
  };

  const changeRole = (value: string | null) => {
    if (!value || value === shownRole) return;
    const role = value as Role;
    if (role === "region_director") {
      setPendingDirector(true);
      return;
    }
    setPendingDirector(false);
    if (role !== person.role) save(role, null);
  };

  const once = useSingleFlight();

  const confirmRemoval = () =>
    once(async () => {
      try {
        await remove.mutateAsync(person.id);
      } catch {
        return; // shown in the dialog
      }
      setConfirmingRemoval(false);
      notifications.show({ color: "green", message: `${name} was removed.` });
    });

  const who = (
    <>
      <Text size="sm" fw={500}>
        {name}
        {isYou && (
          <Text span c="dimmed" size="sm">
            {" "}
            (you)
          </Text>
        )}
      </Text>
      {person.user.name && (
        <Text size="xs" c="dimmed">
          {person.user.email}
        </Text>
      )}
    </>
  );
  const roleControl = canEdit ? (
    <Select
      aria-label={`Role of ${name}`}
      data={roleOptions}
      value={shownRole}
      onChange={changeRole}
      allowDeselect={false}
      disabled={update.isPending}
      size="xs"
      w={170}
    />
  ) : (
    <Text size="sm">{ROLE_LABELS[person.role]}</Text>
  );
  const regionControl =
    canEdit && shownRole === "region_director" ? (
      <Select
        aria-label={`Region of ${name}`}
        data={regions}
        value={pendingDirector ? null : person.region}
        placeholder={regions.length ? "Choose a region" : "Add a region first"}
        error={pendingDirector ? "A region director needs a region." : undefined}
        onChange={(region) => region && save("region_director", region)}
        allowDeselect={false}
        disabled={update.isPending || regions.length === 0}
        size="xs"
        w={190}
      />
    ) : (
      <Text size="sm" c={regionName ? undefined : "dimmed"}>
        {regionName ?? "—"}
      </Text>
    );
  // Leaving is not done from one's own row: someone else removes you (the API keeps a last owner).
  const removal = canEdit && !isYou && (
    <>
      <Button
        variant="subtle"
        color="red"
        size="xs"
        aria-label={`Remove ${name}`}
        onClick={() => setConfirmingRemoval(true)}
      >
        Remove
      </Button>
      <ConfirmModal
        opened={confirmingRemoval}
        title={`Remove ${name}?`}
        confirmLabel="Remove"
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onConfirm={confirmRemoval}
        onClose={() => {
          setConfirmingRemoval(false);
          remove.reset();
        }}
      >
        {`${name} will lose access to this organization. Their account itself stays.`}
      </ConfirmModal>
    </>
  );

  if (layout === "card") {
    return (
      <Card withBorder radius="md" padding="sm" component="li" aria-label={name}>
        <Stack gap="xs">
          <div>{who}</div>
          <Group gap="sm" wrap="wrap">
            {roleControl}
            {(canEdit && shownRole === "region_director") || regionName ? regionControl : null}
          </Group>
          {removal && <Group justify="flex-end">{removal}</Group>}
        </Stack>
      </Card>
    );
  }

  return (
    <Table.Tr>
      <Table.Td>{who}</Table.Td>
      <Table.Td>{roleControl}</Table.Td>
      <Table.Td>{regionControl}</Table.Td>
      <Table.Td ta="right">{removal}</Table.Td>
    </Table.Tr>
  );
}
