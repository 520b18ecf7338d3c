import { Table, Text, VisuallyHidden } from "@mantine/core";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { PageLoader } from "@/components/ui/page-loader";
import { ROLE_LABELS } from "@/lib/authorization";

import { type Invitation, useInvitations } from "../api/get-invitations";

import { formatMoment, formatMomentDay } from "./dates";
import { InvitationActions } from "./invitation-actions";
import { InvitationStatusBadge } from "./invitation-status-badge";

interface InvitationsTableProps {
  orgSlug: string;
  chapterNames: ReadonlyMap<string, string>;
}

/** Where the invitation leads: a chapter and the seat waiting there, or the organization. */
function Destination(props: { invitation: Invitation; chapterName?: string }) {
  const { invitation, chapterName } = props;
  if (!invitation.chapter) {
    return (
      <Text size="sm" c="dimmed">
        Organization only
      </Text>
    );
  }
  return (
    <>
      <Text size="sm">{chapterName ?? "A chapter"}</Text>
      {invitation.member_name && (
        <Text size="xs" c="dimmed">
          Seat of {invitation.member_name}
        </Text>
      )}
    </>
  );
}

/** Everyone invited, newest first, with what can still be done about pending links. */
export function InvitationsTable({ orgSlug, chapterNames }: InvitationsTableProps) {
  const invitations = useInvitations(orgSlug);

  if (invitations.isPending) return <PageLoader />;
  if (invitations.isError) {
    return <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />;
  }
  const rows = invitations.data.pages.flatMap((page) => page.results);
  if (rows.length === 0) {
    return (
      <EmptyState
        title="No invitations yet"
        description="Invite members to sign up and find their seat in the app."
      />
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Email</Table.Th>
              <Table.Th>Chapter</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th>Sent</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Td>
                  <Text size="sm" fw={500} style={{ wordBreak: "break-all" }}>
                    {invitation.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Destination
                    invitation={invitation}
                    chapterName={
                      invitation.chapter ? chapterNames.get(invitation.chapter) : undefined
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{ROLE_LABELS[invitation.role]}</Text>
                </Table.Td>
                <Table.Td>
                  <InvitationStatusBadge invitation={invitation} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                    {formatMomentDay(invitation.expires_at)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={invitation.sent_at ? undefined : "dimmed"}>
                    {invitation.sent_at ? formatMoment(invitation.sent_at) : "Not sent yet"}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <InvitationActions orgSlug={orgSlug} invitation={invitation} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore
        hasMore={invitations.hasNextPage}
        loading={invitations.isFetchingNextPage}
        onLoadMore={() => void invitations.fetchNextPage()}
      />
    </>
  );
}
