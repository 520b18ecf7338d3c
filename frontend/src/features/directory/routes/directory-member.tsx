// A member's profile, opened from the directory: who they are, what they do, how to reach
// them, and the one tap that gives them a referral.
import { Anchor, Button, Card, Stack, Text } from "@mantine/core";
import { Link, useParams } from "react-router";

import { ErrorState } from "@/components/ui/error-state";
import { Forbidden } from "@/components/ui/forbidden";
import { NotFound } from "@/components/ui/not-found";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { useMembership } from "@/lib/auth/me";
import { hasScope } from "@/lib/authorization";
import { isNotFound } from "@/lib/errors";
import { useGive } from "@/lib/give";
import { useAllChapters } from "@/lib/lookups/chapters";

import { useMember } from "../api/get-member";
import { ContactDetails } from "../components/contact-details";
import { InterestBadges } from "../components/interest-badges";

export default function DirectoryMemberRoute() {
  const { orgSlug = "", memberId = "" } = useParams();
  const membership = useMembership(orgSlug);
  const member = useMember(orgSlug, memberId);
  const chapters = useAllChapters(orgSlug);
  const { give } = useGive();

  if (!membership) return <PageLoader />;
  if (!hasScope(membership, "members:read")) return <Forbidden />;
  if (member.isPending) return <PageLoader />;
  if (member.isError) {
    if (isNotFound(member.error)) return <NotFound />;
    return <ErrorState error={member.error} onRetry={() => void member.refetch()} />;
  }
  const profile = member.data;
  const chapterName = chapters.data?.find((chapter) => chapter.id === profile.chapter)?.name;
  const own = membership.seats.some((seat) => seat.member === profile.id);
  const about = [profile.business_name, profile.category_name, chapterName]
    .filter(Boolean)
    .join(" · ");
  const giveReferral = give && !own && profile.status === "active" && (
    <Button
      onClick={() =>
        give({
          kind: "referral",
          member: {
            value: profile.id,
            label: [profile.name, profile.business_name].filter(Boolean).join(" — "),
          },
        })
      }
    >
      Give a referral
    </Button>
  );

  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to={paths.organization.directory(orgSlug)} size="sm">
        ← Directory
      </Anchor>
      <PageHeader title={profile.name} description={about} actions={giveReferral} />
      <Card withBorder radius="md" padding="md">
        <Stack gap="sm">
          <ContactDetails member={profile} />
          {profile.bio && <Text style={{ whiteSpace: "pre-line" }}>{profile.bio}</Text>}
          <InterestBadges interests={profile.interests} />
        </Stack>
      </Card>
    </Stack>
  );
}
