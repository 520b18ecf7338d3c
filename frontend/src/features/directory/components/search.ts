import type { DirectoryMember } from "../api/get-directory";

/** Lower case without accents: "Zoë" is found by "zoe". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

/**
 * Whether a member matches what was typed: every word appears in the name, the business or
 * the category ("dent smith" finds Jo Smith, dentist).
 */
export function matchesSearch(member: DirectoryMember, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    [member.name, member.business_name, member.category_name ?? ""].join(" "),
  );
  return words.every((word) => haystack.includes(word));
}
