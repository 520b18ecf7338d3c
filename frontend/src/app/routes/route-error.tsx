import { Button, Container, Stack, Text, Title } from "@mantine/core";

/** A screen that failed to render or to load (e.g. after a new release): never a blank page. */
export function RouteError() {
  return (
    <Container size="sm" py={64}>
      <Stack align="center" ta="center" gap="md">
        <Title order={1}>Something went wrong</Title>
        <Text c="dimmed">
          This page could not be shown. Reloading usually helps; if it does not, try again later.
        </Text>
        <Button onClick={() => window.location.reload()}>Reload</Button>
      </Stack>
    </Container>
  );
}
