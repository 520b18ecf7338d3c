import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";

import { paths } from "@/config/paths";

import type { DirectoryMember } from "../api/get-directory";

import { ContactDetails } from "./contact-details";
import { InterestBadges } from "./interest-badges";

interface MemberCardProps {
  orgSlug: string;
  member: DirectoryMember;
  chapterName: string | undefined;
}

/** One member as the directory shows them: who, what they do, how to reach them; the name
 * opens their profile, where help is given to them in one tap. */
export function MemberCard({ orgSlug, member, chapterName }: MemberCardProps) {
  const about = [member.category_name, chapterName].filter(Boolean).join(" · ");
  return (
    <Card withBorder radius="md" padding="md" component="article">
      <Stack gap={6}>
        <Stack gap={0}>
          <Title order={2} size="h4">
            <Anchor
              component={Link}
              to={paths.organization.directoryMember(orgSlug, member.id)}
              inherit
              c="inherit"
            >
              {member.name}
            </Anchor>
          </Title>
          {member.business_name && <Text>{member.business_name}</Text>}
          {about && (
            <Text size="sm" c="dimmed">
              {about}
            </Text>
          )}
        </Stack>
        <ContactDetails member={member} />
        <InterestBadges interests={member.interests} />
      </Stack>
    </Card>
  );
}
