import { Box, Container, Paper, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

import { APP_NAME } from "@/config/app";

/** The frame of the pages guests open without an account: one column, made for a phone. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <Box component="main" bg="gray.0" mih="100dvh">
      <Container size={560} px={{ base: "sm", xs: "md" }} py={{ base: "md", sm: "xl" }}>
        <Stack gap="md">
          <Paper withBorder shadow="sm" radius="md" p={{ base: "md", xs: "xl" }}>
            {children}
          </Paper>
          <Text ta="center" size="xs" c="dimmed">
            {APP_NAME}
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
