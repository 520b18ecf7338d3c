import type { InfiniteData, QueryClient } from "@tanstack/react-query";

import { orgKey } from "@/lib/query-keys";

import type { OneToOne } from "./get-one-to-ones";
import { helpGiven } from "./invalidate-help";

type OneToOnePages = InfiniteData<{ results: OneToOne[] }>;

/** Put the answer in every loaded list at once, so the 1-2-1 moves without a wait. */
function replaceInLists(pages: OneToOnePages | undefined, oneToOne: OneToOne) {
  if (!pages) return pages;
  return {
    ...pages,
    pages: pages.pages.map((page) => ({
      ...page,
      results: page.results.map((item) => (item.id === oneToOne.id ? oneToOne : item)),
    })),
  };
}

/** After a participant's answer: the lists show it at once; a confirmed 1-2-1 now counts. */
export function oneToOneAnswered(queryClient: QueryClient, orgSlug: string, oneToOne: OneToOne) {
  queryClient.setQueriesData<OneToOnePages>(
    { queryKey: orgKey(orgSlug, "one-to-ones", "list") },
    (pages) => replaceInLists(pages, oneToOne),
  );
}

/** Whatever the answer (409: someone answered already), show where each 1-2-1 stands now. */
export function oneToOneSettled(queryClient: QueryClient, orgSlug: string) {
  return helpGiven(queryClient, orgSlug);
}
