import { Text, VisuallyHidden } from "@mantine/core";

/** Places gained or lost since the previous period: ▲2, ▼1, or – when none (or new). */
export function RankChange({ change }: { change: number | null }) {
  if (!change) {
    return (
      <Text span c="dimmed" size="sm">
        <span aria-hidden="true">–</span>
        <VisuallyHidden>No change</VisuallyHidden>
      </Text>
    );
  }
  const up = change > 0;
  const places = Math.abs(change);
  return (
    <Text span c={up ? "green.8" : "red.8"} size="sm" fw={600} style={{ whiteSpace: "nowrap" }}>
      <span aria-hidden="true">
        {up ? "▲" : "▼"}
        {places}
      </span>
      <VisuallyHidden>
        {up ? "Up" : "Down"} {places}
      </VisuallyHidden>
    </Text>
  );
}
