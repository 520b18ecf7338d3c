import { Stack, Text, Title } from "@mantine/core";

/** An unknown, mistyped or retired visitor link: no dead end without a next step. */
export function PublicLinkNotFound() {
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        This visitor link does not work
      </Title>
      <Text c="dimmed">
        It may be mistyped, or the chapter no longer uses it. Ask the member who invited you for
        the chapter's current link.
      </Text>
    </Stack>
  );
}
