import { Group, Paper, Stack, Title } from "@mantine/core";
import { useId, type ReactNode } from "react";

interface DashboardSectionProps {
  title: string;
  /** A link or figure beside the title. */
  aside?: ReactNode;
  children: ReactNode;
}

/** One part of a chapter's month on a card, named by its title. */
export function DashboardSection({ title, aside, children }: DashboardSectionProps) {
  const titleId = useId();
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
          {aside}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
