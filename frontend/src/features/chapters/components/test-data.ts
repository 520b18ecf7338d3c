import type { Member } from "../api/get-members";

/** A seat as the API returns it, for tests. */
export function aMember(overrides: Partial<Member> = {}): Member {
  return {
    id: "m1",
    chapter: "c1",
    user: null,
    name: "Dana Reyes",
    business_name: "Reyes Dental",
    category: "cat-dentist",
    category_name: "Dentist",
    phone: "+1 555 0100",
    website: "https://reyes.example.com",
    bio: "",
    interests: ["Sailing"],
    joined_on: "2025-01-15",
    term_years: 1,
    renewal_on: "2026-01-15",
    sponsor: null,
    status: "active",
    created_at: "2025-01-01T00:00:00Z",
    updated_at: "2025-01-01T00:00:00Z",
    ...overrides,
  };
}
