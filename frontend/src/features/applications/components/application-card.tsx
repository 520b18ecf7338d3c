import { Anchor, Card, Group, Stack, Text } from "@mantine/core";

import type { Application } from "../api/get-applications";

import { ApplicationStatusBadge } from "./application-status-badge";
import { formatDay, formatMomentDay } from "./dates";

interface ApplicationCardProps {
  application: Application;
  /** Shown when the list holds several chapters. */
  chapterName?: string;
  onOpen: (application: Application) => void;
}

/** One application in the list; its name opens the details and the committee's decision. */
export function ApplicationCard({ application, chapterName, onOpen }: ApplicationCardProps) {
  const line = (text: string | null | undefined) =>
    text ? (
      <Text size="sm" c="dimmed">
        {text}
      </Text>
    ) : null;

  return (
    <Card withBorder radius="md" padding="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2} miw={0}>
          <Anchor
            component="button"
            type="button"
            fw={600}
            ta="left"
            c="inherit"
            onClick={() => onOpen(application)}
          >
            {application.name}
          </Anchor>
          {application.business_name && <Text size="sm">{application.business_name}</Text>}
          {line(application.category_name ?? "No category")}
          {line(application.sponsor_name && `Sponsored by ${application.sponsor_name}`)}
          {line(chapterName)}
        </Stack>
        <ApplicationStatusBadge status={application.status} />
      </Group>
      <Group justify="space-between" mt="xs" gap="xs">
        <Text size="xs" c="dimmed">
          Applied {formatMomentDay(application.created_at)}
        </Text>
        {application.status === "approved" && application.payment_due_on && (
          <Text size="xs" fw={500}>
            Payment due {formatDay(application.payment_due_on)}
          </Text>
        )}
      </Group>
    </Card>
  );
}
