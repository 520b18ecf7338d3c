import { Stack, Text, Title } from "@mantine/core";

/** A page of the organization that the person's role does not open. */
export function Forbidden() {
  return (
    <Stack gap="sm" py="xl">
      <Title order={1}>No access</Title>
      <Text c="dimmed">Your role in this organization does not include this page.</Text>
    </Stack>
  );
}
