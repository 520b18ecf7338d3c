import { Button, Container, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";

import { paths } from "@/config/paths";

/** Unknown pages, and organizations or objects that do not exist or are not yours. */
export function NotFound() {
  return (
    <Container size="sm" py={64}>
      <Stack align="center" gap="md" ta="center">
        <Text c="dimmed" fw={700} size="xl">
          404
        </Text>
        <Title order={1}>Page not found</Title>
        <Text c="dimmed">This page does not exist, or you do not have access to it.</Text>
        <Button component={Link} to={paths.home} variant="light">
          Go to the start page
        </Button>
      </Stack>
    </Container>
  );
}
