// A chapter's month of help. For its president or vice president (and the organization's
// staff), on a phone or at a desk before the weekly meeting: how the chapter is doing this
// month against the last, whom to thank and whom to nudge, which referrals wait for a call.
// They came to see it in 10 seconds.
import { Anchor, Stack } from "@mantine/core";
import { Link, useParams } from "react-router";

import { ErrorState } from "@/components/ui/error-state";
import { Forbidden } from "@/components/ui/forbidden";
import { NotFound } from "@/components/ui/not-found";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { useMembership } from "@/lib/auth/me";
import { isForbidden, isNotFound } from "@/lib/errors";

import { useHelpChapter } from "../api/get-chapter";
import { useChapterDashboard } from "../api/get-chapter-dashboard";
import { ChapterDashboard } from "../components/chapter-dashboard";
import { canReadChapterHelp } from "../components/chapter-help-access";
import { formatPeriod } from "../components/dates";

function ChapterHelp({ orgSlug, chapterId }: { orgSlug: string; chapterId: string }) {
  const chapter = useHelpChapter(orgSlug, chapterId);
  const dashboard = useChapterDashboard(orgSlug, chapterId);

  if (chapter.isError || dashboard.isError) {
    const failed: unknown = chapter.error ?? dashboard.error;
    if (isForbidden(failed)) return <Forbidden />;
    if (isNotFound(failed)) return <NotFound />;
    const retry = () => void Promise.all([chapter.refetch(), dashboard.refetch()]);
    return <ErrorState error={failed} onRetry={retry} />;
  }
  if (chapter.isPending || dashboard.isPending) return <PageLoader />;
  const { data } = dashboard;
  const seats = `${data.seats} ${data.seats === 1 ? "member" : "members"}`;

  return (
    <Stack gap={0} maw={1080}>
      <Anchor component={Link} to={paths.organization.chapter(orgSlug, chapterId)} size="sm">
        Back to the chapter
      </Anchor>
      <PageHeader
        title={`${chapter.data.name} this month`}
        description={`${formatPeriod(data.period_start, data.period_end)} · ${seats}`}
      />
      <ChapterDashboard orgSlug={orgSlug} chapterId={chapterId} dashboard={data} />
    </Stack>
  );
}

export default function ChapterHelpRoute() {
  const { orgSlug = "", chapterId = "" } = useParams();
  const membership = useMembership(orgSlug);

  if (!membership) return <PageLoader />;
  if (!canReadChapterHelp(membership, chapterId)) return <Forbidden />;
  return <ChapterHelp orgSlug={orgSlug} chapterId={chapterId} />;
}
