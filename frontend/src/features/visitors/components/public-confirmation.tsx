import { Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef } from "react";

import type { PublicRegistration } from "../api/register-public-visitor";

import { formatMeetingStart } from "./dates";

interface PublicConfirmationProps {
  registration: PublicRegistration;
  timeZone: string;
}

/** What the guest sees once registered: the chapter, the meeting and the server's word. */
export function PublicConfirmation({ registration, timeZone }: PublicConfirmationProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone: bring the reader (and a screen reader's cursor) to the answer.
  useEffect(() => heading.current?.focus(), []);

  return (
    <Stack gap="sm" role="status">
      <Title order={2} ref={heading} tabIndex={-1}>
        You're registered
      </Title>
      <Text fw={600}>{registration.chapter}</Text>
      <Text>{formatMeetingStart(registration.starts_at, timeZone)}</Text>
      <Text c="dimmed">{registration.message}</Text>
    </Stack>
  );
}
