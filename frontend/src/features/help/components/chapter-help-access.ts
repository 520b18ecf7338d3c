import type { Membership } from "@/lib/auth/me";
import { canInChapter, hasScope } from "@/lib/authorization";

/**
 * Whether the person may read a chapter's month of help: its leaders (a chapter role whose term
 * runs) and the organization's staff. The API refuses anyone else.
 */
export function canReadChapterHelp(
  membership: Pick<Membership, "scopes" | "leads"> | undefined,
  chapterId: string,
): boolean {
  return hasScope(membership, "help:read") && canInChapter(membership, chapterId, "members:write");
}
