import type { ChapterRoleKind } from "../api/get-chapter-roles";

/** The leadership team, in the order chapters list it. */
export const CHAPTER_ROLES: readonly ChapterRoleKind[] = [
  "president",
  "vice_president",
  "secretary_treasurer",
  "membership_committee",
  "visitor_host",
  "education_coordinator",
  "mentor_coordinator",
];

export const CHAPTER_ROLE_LABELS: Record<ChapterRoleKind, string> = {
  president: "President",
  vice_president: "Vice president",
  secretary_treasurer: "Secretary/treasurer",
  membership_committee: "Membership committee",
  visitor_host: "Visitor host",
  education_coordinator: "Education coordinator",
  mentor_coordinator: "Mentor coordinator",
};
