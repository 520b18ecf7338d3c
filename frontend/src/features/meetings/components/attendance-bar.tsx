import { Button, Group, Paper, Text } from "@mantine/core";

import { useStickyActionBar } from "@/lib/floating-layer";

interface AttendanceBarProps {
  /** "36 present · 2 absent · 1 late". */
  counts: string;
  canSave: boolean;
  saving: boolean;
  onSave: () => void;
}

/**
 * Always in reach at the bottom of the screen, above the phone's navigation bar: the tally so
 * far and the one button that saves it.
 */
export function AttendanceBar(props: AttendanceBarProps) {
  const { counts, canSave, saving, onSave } = props;
  // The foot of the screen is this bar's: the floating Give button steps aside.
  useStickyActionBar();
  return (
    <Paper
      withBorder
      shadow="md"
      radius="md"
      p="sm"
      mt="md"
      style={{
        position: "sticky",
        bottom: "calc(var(--app-shell-footer-offset, 0rem) + var(--mantine-spacing-xs))",
        zIndex: 3,
      }}
    >
      <Group justify="space-between" align="center" gap="xs" wrap="wrap">
        <Text size="sm" fw={500} aria-live="polite">
          {counts}
        </Text>
        {canSave && (
          <Button onClick={onSave} loading={saving} disabled={saving}>
            Save attendance
          </Button>
        )}
      </Group>
    </Paper>
  );
}
