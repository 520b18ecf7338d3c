import { Anchor, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";

import type { DirectoryMember } from "../api/get-directory";

/** The address without its scheme, to read: "https://acme.example/" shows "acme.example". */
function siteLabel(website: string): string {
  try {
    const url = new URL(website);
    return (url.host + url.pathname).replace(/\/$/, "");
  } catch {
    return website;
  }
}

interface MemberCardProps {
  member: DirectoryMember;
  chapterName: string | undefined;
}

/** One member as the directory shows them: who, what they do, how to reach them. */
export function MemberCard({ member, chapterName }: MemberCardProps) {
  const about = [member.category_name, chapterName].filter(Boolean).join(" · ");
  return (
    <Card withBorder radius="md" padding="md" component="article">
      <Stack gap={6}>
        <Stack gap={0}>
          <Title order={2} size="h4">
            {member.name}
          </Title>
          {member.business_name && <Text>{member.business_name}</Text>}
          {about && (
            <Text size="sm" c="dimmed">
              {about}
            </Text>
          )}
        </Stack>
        {(member.phone || member.website) && (
          <Group gap="md">
            {member.phone && (
              <Anchor href={`tel:${member.phone.replace(/[^\d+]/g, "")}`} size="sm">
                {member.phone}
              </Anchor>
            )}
            {member.website && (
              <Anchor href={member.website} target="_blank" rel="noopener noreferrer" size="sm">
                {siteLabel(member.website)}
              </Anchor>
            )}
          </Group>
        )}
        {member.interests.length > 0 && (
          <Group gap={4} aria-label="Interests">
            {member.interests.map((interest) => (
              <Badge key={interest} variant="light" color="gray" tt="none" radius="sm">
                {interest}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
