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

// The labels live beside the organization roles' so every screen names a role the same way.
export { CHAPTER_ROLE_LABELS } from "@/lib/authorization";
