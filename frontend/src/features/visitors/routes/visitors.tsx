// The visitor pipeline. For chapter leaders (visitor hosts, the membership committee) and
// staff, at a desk after a meeting or on a phone on the way home: they came to see who visited,
// call them, and move each one along (a status change in about 5 seconds), and to grab the
// chapter's visitor link to send to a guest.
import { Button, Stack } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";

import { ErrorState } from "@/components/ui/error-state";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { Select } from "@/components/ui/select";
import { paths } from "@/config/paths";
import { useMembership } from "@/lib/auth/me";
import { hasScopeAnywhere } from "@/lib/authorization";
import { useAllChapters } from "@/lib/lookups/chapters";

import type { Visitor } from "../api/get-visitors";
import { ShareVisitorLink } from "../components/share-visitor-link";
import { VisitorBoard } from "../components/visitor-board";
import { canRegisterVisitors, pipelineChapterOptions } from "../components/visitor-chapters";
import { VisitorDrawer } from "../components/visitor-drawer";

export default function VisitorsRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);
  const chapters = useAllChapters(orgSlug);
  const [chosen, setChosen] = useState<string | null>(null);
  const [opened, setOpened] = useState<Visitor | null>(null);

  if (!membership) return <PageLoader />;
  if (!hasScopeAnywhere(membership, "visitors:read")) return <Forbidden />;
  // The chapter filter decides what the board asks for: wait for it.
  if (chapters.isPending) return <PageLoader />;
  if (chapters.isError) {
    return <ErrorState error={chapters.error} onRetry={() => void chapters.refetch()} />;
  }

  const options = pipelineChapterOptions(membership, chapters.data);
  // A leader of one chapter sees that chapter; anyone else starts with all of theirs.
  const chapterId = chosen ?? (options.length === 1 ? (options[0]?.value ?? null) : null);
  const chapterNames = new Map(options.map((option) => [option.value, option.label]));
  const chapter = chapters.data.find((item) => item.id === chapterId);

  return (
    <Stack gap="md">
      <PageHeader
        title="Visitors"
        description="Guests of your chapters, from their first visit to joining."
        actions={
          canRegisterVisitors(membership) && (
            <Button component={Link} to={paths.organization.visitorNew(orgSlug)}>
              Register a visitor
            </Button>
          )
        }
      />
      <Select
        label="Chapter"
        placeholder="All chapters"
        data={options}
        value={chapterId}
        onChange={setChosen}
        searchable
        clearable={options.length > 1}
        nothingFoundMessage="No such chapter"
        maw={360}
      />
      <VisitorBoard
        orgSlug={orgSlug}
        chapterId={chapterId}
        chapterNames={chapterId ? undefined : chapterNames}
        onOpen={setOpened}
      />
      <ShareVisitorLink orgSlug={orgSlug} chapter={chapter} />
      <VisitorDrawer
        orgSlug={orgSlug}
        membership={membership}
        opened={opened}
        chapterNames={chapterNames}
        onClose={() => setOpened(null)}
      />
    </Stack>
  );
}
