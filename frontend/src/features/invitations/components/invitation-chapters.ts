import type { Membership } from "@/lib/auth/me";
import { hasScope, ledChapters } from "@/lib/authorization";
import type { Chapter } from "@/lib/lookups/chapters";

export interface ChapterOption {
  value: string;
  label: string;
}

/** The choice of staff who invite into the organization without a seat. */
export const NO_CHAPTER = "none";

/**
 * The chapters the person may invite into: staff, every chapter and the organization alone;
 * leaders, the chapters they lead (seats there only).
 */
export function invitationChapterOptions(
  membership: Pick<Membership, "scopes" | "leads">,
  chapters: readonly Chapter[],
): ChapterOption[] {
  if (hasScope(membership, "members:write")) {
    return [
      { value: NO_CHAPTER, label: "No chapter (organization only)" },
      ...chapters.map((chapter) => ({ value: chapter.id, label: chapter.name })),
    ];
  }
  return ledChapters(membership, "members:write").map((lead) => ({
    value: lead.chapter,
    label: lead.chapter_name,
  }));
}
