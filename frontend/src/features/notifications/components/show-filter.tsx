import { Group, SegmentedControl, Text } from "@mantine/core";
import { useId } from "react";

const OPTIONS = [
  { label: "All", value: "all" },
  { label: "Unread", value: "unread" },
];

interface ShowFilterProps {
  unreadOnly: boolean;
  onChange: (unreadOnly: boolean) => void;
}

/** All notifications, or only the unread ones. */
export function ShowFilter({ unreadOnly, onChange }: ShowFilterProps) {
  const labelId = useId();
  return (
    <Group gap="sm" wrap="nowrap">
      <Text id={labelId} size="sm" fw={500}>
        Show
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        data={OPTIONS}
        value={unreadOnly ? "unread" : "all"}
        onChange={(value) => onChange(value === "unread")}
      />
    </Group>
  );
}
