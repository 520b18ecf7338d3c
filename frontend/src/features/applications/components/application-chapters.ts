import type { Membership } from "@/lib/auth/me";
import { hasScope, ledChapters, type Scope } from "@/lib/authorization";
import type { Chapter } from "@/lib/lookups/chapters";

export interface ChapterOption {
  value: string;
  label: string;
}

/**
 * The chapters where the person may do `scope` with applications: every chapter for staff,
 * otherwise the chapters they lead (the membership committee, the president).
 */
export function applicationChapterOptions(
  membership: Pick<Membership, "scopes" | "leads">,
  chapters: readonly Chapter[],
  scope: Scope,
): ChapterOption[] {
  if (hasScope(membership, scope)) {
    return chapters.map((chapter) => ({ value: chapter.id, label: chapter.name }));
  }
  return ledChapters(membership, scope).map((lead) => ({
    value: lead.chapter,
    label: lead.chapter_name,
  }));
}
