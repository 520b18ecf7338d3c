import { Anchor, Center, Container, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";

import { APP_NAME } from "@/config/app";
import { paths } from "@/config/paths";

interface CardLayoutProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/**
 * A centred card without navigation: the auth pages and creating a first organization. The
 * whole page is its main landmark, so screen readers can jump to it as on every other page.
 */
export function CardLayout({ title, description, children, footer }: CardLayoutProps) {
  return (
    <Center component="main" mih="100dvh" bg="gray.0" px="md" py="xl">
      <Container size={440} w="100%" p={0}>
        <Stack gap="lg">
          <Anchor component={Link} to={paths.home} fw={700} c="dark" ta="center" underline="never">
            {APP_NAME}
          </Anchor>
          <Paper withBorder shadow="sm" radius="md" p={{ base: "lg", sm: "xl" }}>
            <Stack gap="md">
              <Stack gap={4}>
                <Title order={1} size="h2">
                  {title}
                </Title>
                {description && (
                  <Text c="dimmed" size="sm">
                    {description}
                  </Text>
                )}
              </Stack>
              {children}
            </Stack>
          </Paper>
          {footer && (
            <Text ta="center" size="sm">
              {footer}
            </Text>
          )}
        </Stack>
      </Container>
    </Center>
  );
}
