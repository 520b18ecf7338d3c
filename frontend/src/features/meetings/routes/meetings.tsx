// A chapter's meetings. For its leaders (the vice president at the meeting, on a phone) and
// the organization's staff: find today's meeting and open it in about 5 seconds, or a recent
// one whose report is still a draft.
import { Stack } from "@mantine/core";
import { useParams, useSearchParams } from "react-router";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { PageLoader } from "@/components/ui/page-loader";
import { useMembership } from "@/lib/auth/me";
import { hasScope, hasScopeAnywhere, ledChapters } from "@/lib/authorization";
import { useAllChapters } from "@/lib/lookups/chapters";
import { toChoices } from "@/lib/lookups/choices";

import { ChapterPicker } from "../components/chapter-picker";
import { MeetingsList } from "../components/meetings-list";

export default function MeetingsRoute() {
  const { orgSlug = "" } = useParams();
  const membership = useMembership(orgSlug);
  const [search, setSearch] = useSearchParams();
  // Staff run every chapter's meetings; leaders those of the chapters they lead.
  const everyChapter = hasScope(membership, "meetings:write");
  const allChapters = useAllChapters(orgSlug, { enabled: everyChapter, select: toChoices });

  if (!membership) return <PageLoader />;
  if (!hasScopeAnywhere(membership, "meetings:write")) return <Forbidden />;

  let picker;
  let chapterId: string | null = null;
  if (everyChapter && allChapters.isPending) {
    picker = <PageLoader />;
  } else if (everyChapter && allChapters.isError) {
    picker = <ErrorState error={allChapters.error} onRetry={() => void allChapters.refetch()} />;
  } else {
    const choices = everyChapter
      ? (allChapters.data ?? [])
      : ledChapters(membership, "meetings:write").map((lead) => ({
          value: lead.chapter,
          label: lead.chapter_name,
        }));
    const requested = search.get("chapter");
    chapterId =
      choices.find((choice) => choice.value === requested)?.value ?? choices[0]?.value ?? null;
    picker =
      choices.length === 0 ? (
        <EmptyState
          title="No chapters yet"
          description="Meetings appear here once the organization has chapters."
        />
      ) : (
        <ChapterPicker
          choices={choices}
          value={chapterId}
          onChange={(value) => setSearch({ chapter: value }, { replace: true })}
        />
      );
  }

  return (
    <Stack gap="md" maw={720}>
      <PageHeader
        title="Meetings"
        description="Take attendance and complete the weekly reports."
      />
      {picker}
      {chapterId && <MeetingsList key={chapterId} orgSlug={orgSlug} chapterId={chapterId} />}
    </Stack>
  );
}
