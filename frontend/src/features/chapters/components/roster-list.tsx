import { Anchor, Card, Group, Stack, Table, Text, VisuallyHidden } from "@mantine/core";

import { todayIn } from "@/lib/calendar";

import type { Member } from "../api/get-members";

import { formatDay } from "./dates";
import { MemberActions } from "./member-actions";
import { MemberStatusBadge } from "./member-status-badge";

interface RosterListProps {
  orgSlug: string;
  members: Member[];
  /** The viewer holds `members:write` in the chapter. */
  canEdit: boolean;
  /** The viewer holds `meetings:write` in the chapter (medical leaves). */
  canManageLeave: boolean;
  /** Stacked cards instead of a table, so a phone never scrolls sideways. */
  stacked: boolean;
}

function Phone({ phone }: { phone: string }) {
  if (!phone) return <Text size="sm" c="dimmed">—</Text>;
  return (
    <Anchor
      href={`tel:${phone.replace(/[^\d+]/g, "")}`}
      size="sm"
      style={{ whiteSpace: "nowrap" }}
    >
      {phone}
    </Anchor>
  );
}

// Seats still held, whose renewal can be overdue (a dropped or expired seat renews nothing).
const HELD: ReadonlySet<Member["status"]> = new Set(["active", "late", "on_leave", "suspended"]);

/** Whether the seat is held past its renewal date (the daily job makes such seats late). */
export function renewalOverdue(member: Member, today: string): boolean {
  return HELD.has(member.status) && !!member.renewal_on && member.renewal_on < today;
}

function Renewal({ member, today, prefix }: { member: Member; today: string; prefix?: string }) {
  const overdue = renewalOverdue(member, today);
  return (
    <Text
      size="sm"
      c={overdue ? "red.8" : prefix ? "dimmed" : undefined}
      fw={overdue ? 600 : undefined}
      style={{ whiteSpace: "nowrap" }}
    >
      {prefix}
      {formatDay(member.renewal_on)}
      {overdue && " · Renewal overdue"}
    </Text>
  );
}

/** The chapter's seats: a table on wider screens, cards on a phone. */
export function RosterList(props: RosterListProps) {
  const { orgSlug, members, canEdit, canManageLeave, stacked } = props;
  const hasActions = canEdit || canManageLeave;
  const today = todayIn();
  const actions = (member: Member) => (
    <MemberActions
      orgSlug={orgSlug}
      member={member}
      canEdit={canEdit}
      canManageLeave={canManageLeave}
    />
  );
  if (stacked) {
    return (
      <Stack gap="sm">
        {members.map((member) => (
          <Card key={member.id} withBorder radius="md" padding="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Stack gap={0} miw={0}>
                <Text fw={600}>{member.name}</Text>
                {member.business_name && <Text size="sm">{member.business_name}</Text>}
                <Text size="sm" c="dimmed">
                  {member.category_name ?? "No category"}
                </Text>
              </Stack>
              <MemberStatusBadge status={member.status} />
            </Group>
            <Group justify="space-between" mt="xs" gap="xs">
              <Phone phone={member.phone} />
              <Renewal member={member} today={today} prefix="Renewal " />
            </Group>
            {hasActions && (
              <Group mt="xs" justify="flex-end">
                {actions(member)}
              </Group>
            )}
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Business</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Renewal</Table.Th>
            <Table.Th>Phone</Table.Th>
            {hasActions && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {member.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={member.business_name ? undefined : "dimmed"}>
                  {member.business_name || "—"}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={member.category_name ? undefined : "dimmed"}>
                  {member.category_name ?? "—"}
                </Text>
              </Table.Td>
              <Table.Td>
                <MemberStatusBadge status={member.status} />
              </Table.Td>
              <Table.Td>
                <Renewal member={member} today={today} />
              </Table.Td>
              <Table.Td>
                <Phone phone={member.phone} />
              </Table.Td>
              {hasActions && <Table.Td>{actions(member)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
