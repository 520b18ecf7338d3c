// A chapter's roster as files. For chapter leaders and staff at a desk: they came to bring a
// roster in from the spreadsheet they kept before (check, fix, import: a few minutes for a
// whole chapter), or to take the roster out as CSV or XLSX, in one click.
import { Anchor, Divider, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";

import { ErrorState } from "@/components/ui/error-state";
import { Forbidden } from "@/components/ui/forbidden";
import { NotFound } from "@/components/ui/not-found";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { useMembership } from "@/lib/auth/me";
import { canInChapter } from "@/lib/authorization";
import { isNotFound } from "@/lib/errors";

import { useRosterChapter } from "../api/get-chapter";
import { ExportButtons } from "../components/export-buttons";
import { ImportHelp } from "../components/import-help";
import { RosterImport } from "../components/roster-import";

export default function RosterFilesRoute() {
  const { orgSlug = "", chapterId = "" } = useParams();
  const membership = useMembership(orgSlug);
  const chapter = useRosterChapter(orgSlug, chapterId);

  if (!membership) return <PageLoader />;
  // Staff everywhere; a chapter's leaders in their own chapter.
  if (!canInChapter(membership, chapterId, "members:write")) return <Forbidden />;
  if (chapter.isPending) return <PageLoader />;
  if (chapter.isError) {
    if (isNotFound(chapter.error)) return <NotFound />;
    return <ErrorState error={chapter.error} onRetry={() => void chapter.refetch()} />;
  }

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={6}>
        <Anchor component={Link} to={paths.organization.chapter(orgSlug, chapterId)} size="sm">
          {chapter.data.name}
        </Anchor>
        <PageHeader
          title="Roster files"
          description="Take the roster out as a spreadsheet, or bring members in from one."
        />
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h3">
          Export
        </Title>
        <Text size="sm" c="dimmed">
          Every seat of the chapter, whatever its status.
        </Text>
        <ExportButtons orgSlug={orgSlug} chapterId={chapterId} />
      </Stack>
      <Divider />
      <Stack gap="sm">
        <Title order={2} size="h3">
          Import
        </Title>
        <ImportHelp />
        <RosterImport orgSlug={orgSlug} chapterId={chapterId} />
      </Stack>
    </Stack>
  );
}
