import { Stack, Text } from "@mantine/core";
import type { UseInfiniteQueryResult, InfiniteData } from "@tanstack/react-query";

import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { PageLoader } from "@/components/ui/page-loader";

import type { Visitor } from "../api/get-visitors";

import { VisitorCard } from "./visitor-card";

type VisitorPages = UseInfiniteQueryResult<InfiniteData<{ results: Visitor[] }>>;

interface VisitorCardsProps {
  visitors: VisitorPages;
  chapterNames?: ReadonlyMap<string, string>;
  empty: string;
  onOpen: (visitor: Visitor) => void;
}

/** A pile of visitor cards, newest first, with the next page on demand. */
export function VisitorCards({ visitors, chapterNames, empty, onOpen }: VisitorCardsProps) {
  if (visitors.isPending) return <PageLoader />;
  if (visitors.isError) {
    return <ErrorState error={visitors.error} onRetry={() => void visitors.refetch()} />;
  }
  const rows = visitors.data.pages.flatMap((page) => page.results);
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="xs">
        {empty}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {rows.map((visitor) => (
        <VisitorCard
          key={visitor.id}
          visitor={visitor}
          chapterName={chapterNames?.get(visitor.chapter)}
          onOpen={onOpen}
        />
      ))}
      <LoadMore
        hasMore={visitors.hasNextPage}
        loading={visitors.isFetchingNextPage}
        onLoadMore={() => void visitors.fetchNextPage()}
      />
    </Stack>
  );
}

/** How many cards are loaded: "3", or "50+" while more pages wait. */
export function loadedCount(visitors: VisitorPages): string | null {
  if (!visitors.data) return null;
  const count = visitors.data.pages.reduce((sum, page) => sum + page.results.length, 0);
  return `${count}${visitors.hasNextPage ? "+" : ""}`;
}
