import { Anchor, Group, Text } from "@mantine/core";

import type { DirectoryMember } from "../api/get-directory";

/** The address without its scheme, to read: "https://acme.example/" shows "acme.example". */
export function siteLabel(website: string): string {
  try {
    const url = new URL(website);
    return (url.host + url.pathname).replace(/\/$/, "");
  } catch {
    return website;
  }
}

/**
 * How to reach a member: the phone, email and website the organization's policy shows the
 * reader (the API leaves out the rest, and says so).
 */
export function ContactDetails({ member }: { member: DirectoryMember }) {
  if (member.contacts_hidden) {
    return (
      <Text size="sm" c="dimmed">
        Contact details are shown to their chapter&apos;s leaders only.
      </Text>
    );
  }
  if (!member.phone && !member.email && !member.website) return null;
  return (
    <Group gap="md" aria-label={`Contact ${member.name}`} role="group">
      {member.phone && (
        <Anchor href={`tel:${member.phone.replace(/[^\d+]/g, "")}`} size="sm">
          {member.phone}
        </Anchor>
      )}
      {member.email && (
        <Anchor href={`mailto:${member.email}`} size="sm">
          {member.email}
        </Anchor>
      )}
      {member.website && (
        <Anchor href={member.website} target="_blank" rel="noopener noreferrer" size="sm">
          {siteLabel(member.website)}
        </Anchor>
      )}
    </Group>
  );
}
