import { Anchor, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

import type { Application } from "../api/get-applications";

import { ApplicationStatusBadge } from "./application-status-badge";
import { formatDay, formatMomentDay } from "./dates";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children ?? "—"}
      </Text>
    </Stack>
  );
}

interface ApplicationDetailsProps {
  application: Application;
  chapterName?: string;
}

/** Who applied, to which chapter, and where the application stands. */
export function ApplicationDetails({ application, chapterName }: ApplicationDetailsProps) {
  const { email, phone } = application;
  return (
    <Stack gap="md">
      <Group gap="xs">
        <ApplicationStatusBadge status={application.status} />
        {application.status === "approved" && application.payment_due_on && (
          <Text size="sm" fw={500}>
            Payment due {formatDay(application.payment_due_on)}
          </Text>
        )}
      </Group>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
        <Field label="Chapter">{chapterName}</Field>
        <Field label="Business">{application.business_name || null}</Field>
        <Field label="Category">{application.category_name}</Field>
        <Field label="Sponsor">{application.sponsor_name}</Field>
        <Field label="Email">
          <Anchor href={`mailto:${email}`} size="sm" style={{ wordBreak: "break-all" }}>
            {email}
          </Anchor>
        </Field>
        <Field label="Phone">
          {phone ? (
            <Anchor href={`tel:${phone.replace(/[^\d+]/g, "")}`} size="sm">
              {phone}
            </Anchor>
          ) : null}
        </Field>
        <Field label="Applied">{formatMomentDay(application.created_at)}</Field>
        <Field label="Decided">
          {application.decided_at ? formatMomentDay(application.decided_at) : null}
        </Field>
      </SimpleGrid>
    </Stack>
  );
}
