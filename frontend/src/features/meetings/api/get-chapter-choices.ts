import { queryOptions, useQuery } from "@tanstack/react-query";

import { api, unwrap } from "@/lib/api/client";
import { cursorOf } from "@/lib/api/pagination";
import { orgKey } from "@/lib/query-keys";

export interface ChapterChoice {
  value: string;
  label: string;
}

// GET /api/v1/orgs/{org_slug}/chapters/, every page: the chapter picker of staff, who run
// every chapter's meetings. Its key sits under `[slug, "chapters"]`, so a new chapter shows.
const PAGE_SIZE = 200;

export async function getChapterChoices(orgSlug: string): Promise<ChapterChoice[]> {
  const choices: ChapterChoice[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(
      api.GET("/api/v1/orgs/{org_slug}/chapters/", {
        params: { path: { org_slug: orgSlug }, query: { page_size: PAGE_SIZE, cursor } },
      }),
    );
    choices.push(...page.results.map((chapter) => ({ value: chapter.id, label: chapter.name })));
    cursor = cursorOf(page.next);
  } while (cursor);
  return choices;
}

export function meetingChapterChoicesQueryOptions(orgSlug: string) {
  return queryOptions({
    queryKey: orgKey(orgSlug, "chapters", "meeting-choices"),
    queryFn: () => getChapterChoices(orgSlug),
  });
}

export function useChapterChoices(orgSlug: string, enabled: boolean) {
  return useQuery({ ...meetingChapterChoicesQueryOptions(orgSlug), enabled });
}
