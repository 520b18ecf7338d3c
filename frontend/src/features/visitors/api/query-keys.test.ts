import { describe, expect, it } from "vitest";

import { publicChapterQueryOptions } from "./get-public-chapter";
import { upcomingMeetingsQueryOptions } from "./get-upcoming-meetings";
import { visitorQueryOptions } from "./get-visitor";
import { visitorsQueryOptions } from "./get-visitors";

// The same rule as src/app/query-keys.test.ts: an organization's data is keyed by its slug
// first, and each list sits under the key its writes invalidate.
const keys = {
  visitors: (slug: string) => visitorsQueryOptions(slug, { chapter: "c1", status: "new" }).queryKey,
  visitor: (slug: string) => visitorQueryOptions(slug, "v1").queryKey,
  meetings: (slug: string) => upcomingMeetingsQueryOptions(slug, "c1", "2026-03-01").queryKey,
  "public chapter": (slug: string) => publicChapterQueryOptions(slug, "tok").queryKey,
};

describe("visitor query keys", () => {
  it.each(Object.entries(keys))("%s starts with the slug", (_, keyFor) => {
    expect(keyFor("demo")[0]).toBe("demo");
    expect(keyFor("other")[0]).toBe("other");
  });

  it("refresh when what they show changes", () => {
    expect(keys.visitors("demo").slice(0, 3)).toEqual(["demo", "visitors", "list"]);
    expect(keys.meetings("demo").slice(0, 2)).toEqual(["demo", "meetings"]);
  });
});
