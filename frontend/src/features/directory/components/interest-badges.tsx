import { Badge, Group } from "@mantine/core";

/** A member's interests as small grey badges; nothing when they have none. */
export function InterestBadges({ interests }: { interests: readonly string[] }) {
  if (interests.length === 0) return null;
  return (
    <Group gap={4} aria-label="Interests">
      {interests.map((interest) => (
        <Badge key={interest} variant="light" color="gray" tt="none" radius="sm">
          {interest}
        </Badge>
      ))}
    </Group>
  );
}
