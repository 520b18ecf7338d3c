// One chapter. For its leaders and the organization's staff: the roster they admit, edit and
// move along (a status change in about 10 seconds, a new member in about a minute), the
// categories still open to recruit for, its leadership team, and the meeting schedule.
import { Anchor, Button, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { Link, useParams, useSearchParams } from "react-router";

import { ErrorState } from "@/components/ui/error-state";
import { Forbidden } from "@/components/ui/forbidden";
import { NotFound } from "@/components/ui/not-found";
import { PageLoader } from "@/components/ui/page-loader";
import { paths } from "@/config/paths";
import { useMembership } from "@/lib/auth/me";
import { canInChapter, hasScope, type Scope } from "@/lib/authorization";
import { isNotFound } from "@/lib/errors";

import { useChapter } from "../api/get-chapter";
import { CategoryMap } from "../components/category-map";
import { ChapterDetails } from "../components/chapter-details";
import { describeSchedule } from "../components/chapter-labels";
import { ChapterStatusBadge } from "../components/chapter-status-badge";
import { Leaders } from "../components/leaders";
import { Roster } from "../components/roster";

type Tab = "roster" | "categories" | "leaders" | "details";

export default function ChapterRoute() {
  const { orgSlug = "", chapterId = "" } = useParams();
  const membership = useMembership(orgSlug);
  const chapter = useChapter(orgSlug, chapterId);
  const [search, setSearch] = useSearchParams();

  if (!membership) return <PageLoader />;
  if (!hasScope(membership, "chapters:read")) return <Forbidden />;
  if (chapter.isPending) return <PageLoader />;
  if (chapter.isError) {
    if (isNotFound(chapter.error)) return <NotFound />;
    return <ErrorState error={chapter.error} onRetry={() => void chapter.refetch()} />;
  }

  // Staff everywhere; a chapter's leaders in their own chapter (its president edits it).
  const canInThis = (scope: Scope) => canInChapter(membership, chapter.data.id, scope);
  // The chapter's month of help is its leaders' (and staff's), as the API allows it.
  const canReadHelp = canInThis("members:write") && hasScope(membership, "help:read");
  const tabs = [
    hasScope(membership, "members:read") && { value: "roster" as Tab, label: "Roster" },
    hasScope(membership, "categories:read") && {
      value: "categories" as Tab,
      label: "Category map",
    },
    { value: "leaders" as Tab, label: "Leaders" },
    canInThis("chapters:write") && { value: "details" as Tab, label: "Details" },
  ].filter((tab) => tab !== false);
  const requested = search.get("tab");
  const active = tabs.find((tab) => tab.value === requested)?.value ?? tabs[0]?.value;
  const { data } = chapter;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Anchor component={Link} to={paths.organization.chapters(orgSlug)} size="sm">
          All chapters
        </Anchor>
        <Group justify="space-between" align="center" gap="sm">
          <Group gap="sm" align="center">
            <Title order={1}>{data.name}</Title>
            <ChapterStatusBadge status={data.status} />
          </Group>
          {canReadHelp && (
            <Button
              component={Link}
              to={paths.organization.chapterHelp(orgSlug, data.id)}
              variant="light"
            >
              Chapter dashboard
            </Button>
          )}
        </Group>
        <Text c="dimmed">
          {describeSchedule(data)} · {data.meeting_duration_minutes} minutes · {data.time_zone}
        </Text>
        {data.meeting_place && <Text size="sm">{data.meeting_place}</Text>}
        {canInThis("members:write") && (
          <Anchor component={Link} to={paths.organization.rosterFiles(orgSlug, data.id)} size="sm">
            Roster files (import, export)
          </Anchor>
        )}
      </Stack>
      {active && (
        <Tabs
          value={active}
          onChange={(value) => value && setSearch({ tab: value }, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List>
            {tabs.map((tab) => (
              <Tabs.Tab key={tab.value} value={tab.value}>
                {tab.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="roster" pt="md">
            <Roster
              orgSlug={orgSlug}
              chapterId={data.id}
              canEdit={canInThis("members:write")}
              canManageLeave={canInThis("meetings:write")}
            />
          </Tabs.Panel>
          <Tabs.Panel value="categories" pt="md">
            <CategoryMap orgSlug={orgSlug} chapterId={data.id} />
          </Tabs.Panel>
          <Tabs.Panel value="leaders" pt="md">
            <Leaders orgSlug={orgSlug} chapter={data} canEdit={canInThis("chapters:write")} />
          </Tabs.Panel>
          <Tabs.Panel value="details" pt="md">
            <ChapterDetails orgSlug={orgSlug} chapter={data} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
