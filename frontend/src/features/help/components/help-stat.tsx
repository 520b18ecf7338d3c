import { Paper, Text } from "@mantine/core";
import { useId, type ReactNode } from "react";

interface HelpStatProps {
  /** What the figure is, in words: read first, and the card's name. */
  label: string;
  value: ReactNode;
  /** Smaller values (sentences) read better a size down. */
  size?: "xl" | "lg";
  children?: ReactNode;
}

/** One figure of the person's help on a card: its label, the figure, then what it compares to. */
export function HelpStat({ label, value, size = "xl", children }: HelpStatProps) {
  const labelId = useId();
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-labelledby={labelId}>
      <Text id={labelId} size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={size} fw={700} mt={2}>
        {value}
      </Text>
      {children}
    </Paper>
  );
}
