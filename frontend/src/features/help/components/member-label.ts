import type { MemberMatch } from "../api/search-members";

/** How a member is offered: "Ann Lee — Lee Law (Downtown Breakfast)". */
export function memberLabel(member: MemberMatch, chapterName?: string): string {
  const who = member.business_name ? `${member.name} — ${member.business_name}` : member.name;
  return chapterName ? `${who} (${chapterName})` : who;
}
