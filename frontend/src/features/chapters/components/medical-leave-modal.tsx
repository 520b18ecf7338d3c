import { Button, Divider, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";

import { ErrorState } from "@/components/ui/error-state";
import { PageLoader } from "@/components/ui/page-loader";
import { errorMessage } from "@/lib/errors";
import { useIsPhone } from "@/lib/use-is-phone";

import { useCreateMedicalLeave } from "../api/create-medical-leave";
import { useDeleteMedicalLeave } from "../api/delete-medical-leave";
import { useMedicalLeaves } from "../api/get-medical-leaves";
import type { Member } from "../api/get-members";

import { formatDay } from "./dates";
import { MedicalLeaveForm } from "./medical-leave-form";

interface MedicalLeaveModalProps {
  orgSlug: string;
  member: Member;
  opened: boolean;
  onClose: () => void;
}

/**
 * A member's approved medical leaves. Medical counts as no absence only when approved before:
 * the attendance of a meeting inside a leave may say Medical.
 */
export function MedicalLeaveModal({ orgSlug, member, opened, onClose }: MedicalLeaveModalProps) {
  const isPhone = useIsPhone();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Medical leave: ${member.name}`}
      fullScreen={isPhone}
      centered
    >
      {/* Loaded only while open: a roster has many members. */}
      {opened && <MedicalLeaves orgSlug={orgSlug} member={member} />}
    </Modal>
  );
}

function MedicalLeaves({ orgSlug, member }: { orgSlug: string; member: Member }) {
  const leaves = useMedicalLeaves(orgSlug, member.id);
  const create = useCreateMedicalLeave(orgSlug, member.id);
  const remove = useDeleteMedicalLeave(orgSlug, member.id);

  let list;
  if (leaves.isPending) {
    list = <PageLoader />;
  } else if (leaves.isError) {
    list = <ErrorState error={leaves.error} onRetry={() => void leaves.refetch()} />;
  } else if (leaves.data.length === 0) {
    list = (
      <Text size="sm" c="dimmed">
        No medical leave approved.
      </Text>
    );
  } else {
    list = (
      <Stack gap={0} role="list" aria-label="Approved leaves">
        {leaves.data.map((leave) => {
          const period = `${formatDay(leave.starts_on)} – ${formatDay(leave.ends_on)}`;
          return (
            <Group
              key={leave.id}
              role="listitem"
              justify="space-between"
              wrap="nowrap"
              gap="xs"
              py={6}
            >
              <Stack gap={0} miw={0}>
                <Text size="sm" fw={500}>
                  {period}
                </Text>
                {leave.note && (
                  <Text size="xs" c="dimmed">
                    {leave.note}
                  </Text>
                )}
              </Stack>
              <Button
                variant="subtle"
                color="red"
                size="xs"
                aria-label={`Remove the leave ${period}`}
                loading={remove.isPending && remove.variables === leave.id}
                onClick={() =>
                  remove.mutate(leave.id, {
                    onSuccess: () =>
                      notifications.show({ color: "green", message: "Medical leave removed." }),
                    onError: (error) =>
                      notifications.show({
                        color: "red",
                        title: "Leave not removed",
                        message: errorMessage(error),
                      }),
                  })
                }
              >
                Remove
              </Button>
            </Group>
          );
        })}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {list}
      <Divider />
      <Title order={3} size="h5">
        Approve a leave
      </Title>
      <MedicalLeaveForm
        pending={create.isPending}
        onSubmit={async (body) => {
          await create.mutateAsync(body);
          notifications.show({
            color: "green",
            message: `Medical leave approved for ${member.name}.`,
          });
        }}
      />
    </Stack>
  );
}
