import { Badge, type MantineColor } from "@mantine/core";

interface StatusBadgeProps {
  /** The status in words ("On leave"): what the badge says, to everyone. */
  label: string;
  color: MantineColor;
}

/** A status (a chapter's, a member's seat) as a small coloured label. */
export function StatusBadge({ label, color }: StatusBadgeProps) {
  return (
    <Badge
      variant="light"
      color={color}
      radius="sm"
      tt="none"
      // Never cut to "On le…" in a narrow table column.
      style={{ flexShrink: 0, minWidth: "max-content" }}
    >
      {label}
    </Badge>
  );
}
