import { SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";

import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { PageLoader } from "@/components/ui/page-loader";
import { Select } from "@/components/ui/select";
import { useAllChapters } from "@/lib/lookups/chapters";
import { toChoices } from "@/lib/lookups/choices";

import { useDirectory } from "../api/get-directory";

import { MemberCard } from "./member-card";
import { matchesSearch } from "./search";

/**
 * The active members, filtered by chapter on the server and by what was typed on the pages
 * loaded so far ("Load more" brings the next ones into the search).
 */
export function DirectoryList({ orgSlug }: { orgSlug: string }) {
  const [chapter, setChapter] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const members = useDirectory(orgSlug, chapter ? { chapter } : {});
  const chapters = useAllChapters(orgSlug, { select: toChoices });
  const chapterNames = new Map((chapters.data ?? []).map((item) => [item.value, item.label]));

  const filters = (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={720}>
      <TextInput
        label="Search"
        placeholder="Name, business or category"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      <Select
        label="Chapter"
        placeholder="All chapters"
        data={chapters.data ?? []}
        value={chapter}
        onChange={setChapter}
        searchable
        clearable
        nothingFoundMessage="No such chapter"
      />
    </SimpleGrid>
  );

  let content;
  if (members.isPending) {
    content = <PageLoader />;
  } else if (members.isError) {
    content = <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  } else {
    const loaded = members.data.pages.flatMap((page) => page.results);
    const shown = loaded.filter((member) => matchesSearch(member, query));
    const searching = query.trim() !== "";
    const more = members.hasNextPage;
    const summary = searching
      ? `${shown.length} of ${loaded.length} members match` +
        (more ? "; load more to search further." : ".")
      : `${loaded.length}${more ? "+" : ""} members`;
    content = (
      <>
        <Text size="sm" c="dimmed" aria-live="polite">
          {summary}
        </Text>
        {shown.length === 0 ? (
          <EmptyState
            title={searching ? "Nobody matches" : "No active members"}
            description={
              searching
                ? "Try a shorter word, or another chapter."
                : "Members appear here once their seat is active."
            }
          />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            {shown.map((member) => (
              <MemberCard
                key={member.id}
                orgSlug={orgSlug}
                member={member}
                chapterName={chapterNames.get(member.chapter)}
              />
            ))}
          </SimpleGrid>
        )}
        <LoadMore
          hasMore={members.hasNextPage}
          loading={members.isFetchingNextPage}
          onLoadMore={() => void members.fetchNextPage()}
        />
      </>
    );
  }

  return (
    <Stack gap="md">
      {filters}
      {content}
    </Stack>
  );
}
