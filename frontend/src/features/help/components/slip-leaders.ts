import type { Membership } from "@/lib/auth/me";
import { canInChapter } from "@/lib/authorization";

type Leader = Pick<Membership, "scopes" | "leads" | "seats">;

/**
 * Whether the person leads a slip's chapter (the chapter whose report it counts in): they may
 * correct its slips once a report is completed.
 */
export function leadsChapter(membership: Leader | undefined, chapterId: string): boolean {
  return canInChapter(membership, chapterId, "members:write");
}
