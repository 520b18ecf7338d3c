import type { Membership } from "@/lib/auth/me";
import { hasScope, ledChapters } from "@/lib/authorization";
import type { Chapter } from "@/lib/lookups/chapters";

export interface ChapterOption {
  value: string;
  label: string;
}

type Standing = Pick<Membership, "scopes" | "leads" | "seats">;

// Seats that still belong to their chapter; their holders may bring visitors (the API's rule:
// a pending, dropped or expired seat invites nobody).
const HOLDING = new Set<string>(["active", "on_leave", "late", "suspended"]);

/** The person's seats from which they may invite guests. */
export function invitingSeats(membership: Pick<Membership, "seats">) {
  return membership.seats.filter((seat) => HOLDING.has(seat.status));
}

/**
 * The chapters whose visitors the person follows up: every chapter for those who read visitors
 * across the organization, otherwise the chapters they lead.
 */
export function pipelineChapterOptions(
  membership: Standing,
  chapters: readonly Chapter[],
): ChapterOption[] {
  if (hasScope(membership, "visitors:read")) {
    return chapters.map((chapter) => ({ value: chapter.id, label: chapter.name }));
  }
  return ledChapters(membership, "visitors:read").map((lead) => ({
    value: lead.chapter,
    label: lead.chapter_name,
  }));
}

/**
 * The chapters the person may register a visitor for: where they hold a seat (they get the
 * credit) and where they lead; staff who follow up every chapter, any chapter that meets.
 */
export function registrationChapterOptions(
  membership: Standing,
  chapters: readonly Chapter[],
): ChapterOption[] {
  const options = new Map<string, string>();
  if (hasScope(membership, "visitors:write")) {
    for (const chapter of chapters) {
      if (chapter.status === "active" || chapter.status === "forming") {
        options.set(chapter.id, chapter.name);
      }
    }
  }
  for (const seat of invitingSeats(membership)) options.set(seat.chapter, seat.chapter_name);
  for (const lead of ledChapters(membership, "visitors:write")) {
    options.set(lead.chapter, lead.chapter_name);
  }
  return [...options]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Whether the person may register a visitor for some chapter. */
export function canRegisterVisitors(membership: Standing): boolean {
  return (
    hasScope(membership, "visitors:write") ||
    invitingSeats(membership).length > 0 ||
    ledChapters(membership, "visitors:write").length > 0
  );
}
