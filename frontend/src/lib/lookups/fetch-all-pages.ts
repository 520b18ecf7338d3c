import { cursorOf } from "@/lib/api/pagination";

/** One page of a list: `{next, results}`, `next` the full link to the following page. */
export interface Page<T> {
  next: string | null;
  results: T[];
}

// The page size of lookups: an organization has tens of chapters, categories and regions, a few
// hundred at most, so one or two requests bring them all.
export const LOOKUP_PAGE_SIZE = 200;

/** Every item of a list, page after page, following `next` until the last page. */
export async function fetchAllPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    items.push(...page.results);
    cursor = cursorOf(page.next);
  } while (cursor);
  return items;
}
