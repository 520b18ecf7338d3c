// A chapter's visitor link. For guests a member invited, on their phone, with no account:
// they came to say which meeting they will come to, in under a minute, and leave knowing
// they are expected.
import { Divider, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useParams } from "react-router";

import { ErrorState } from "@/components/ui/error-state";
import { PageLoader } from "@/components/ui/page-loader";
import { isNotFound } from "@/lib/errors";

import { usePublicChapter } from "../api/get-public-chapter";
import type { PublicRegistration } from "../api/register-public-visitor";
import { PublicChapterHeader } from "../components/public-chapter-header";
import { PublicConfirmation } from "../components/public-confirmation";
import { PublicLayout } from "../components/public-layout";
import { PublicLinkNotFound } from "../components/public-link-not-found";
import { PublicVisitorForm } from "../components/public-visitor-form";

export default function VisitRoute() {
  const { orgSlug = "", token = "" } = useParams();
  const chapter = usePublicChapter(orgSlug, token);
  const [registration, setRegistration] = useState<PublicRegistration | null>(null);

  if (chapter.isPending) {
    return (
      <PublicLayout>
        <PageLoader />
      </PublicLayout>
    );
  }
  if (chapter.isError) {
    return (
      <PublicLayout>
        {isNotFound(chapter.error) ? (
          <PublicLinkNotFound />
        ) : (
          <ErrorState
            error={chapter.error}
            title="Could not load this chapter"
            onRetry={() => void chapter.refetch()}
          />
        )}
      </PublicLayout>
    );
  }

  const { data } = chapter;
  let body;
  if (registration) {
    body = <PublicConfirmation registration={registration} timeZone={data.time_zone} />;
  } else if (data.meetings.length === 0) {
    body = (
      <Text>
        There is no upcoming meeting to register for yet. Please come back to this link in a few
        days.
      </Text>
    );
  } else {
    body = (
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3">
            Register your visit
          </Title>
          <Text size="sm" c="dimmed">
            Come to a meeting as a guest. No account needed.
          </Text>
        </Stack>
        <PublicVisitorForm
          orgSlug={orgSlug}
          token={token}
          chapter={data}
          onRegistered={setRegistration}
        />
      </Stack>
    );
  }

  return (
    <PublicLayout>
      <Stack gap="lg">
        <PublicChapterHeader chapter={data} />
        <Divider />
        {body}
      </Stack>
    </PublicLayout>
  );
}
