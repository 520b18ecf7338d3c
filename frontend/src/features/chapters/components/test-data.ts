import type { ChapterRole } from "../api/get-chapter-roles";
import type { Chapter } from "../api/get-chapters";
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
    email: "dana@reyes.example.com",
    website: "https://reyes.example.com",
    contacts_hidden: false,
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

/** A chapter as the API returns it, for tests. */
export function aChapter(overrides: Partial<Chapter> = {}): Chapter {
  return {
    id: "c1",
    name: "Downtown Breakfast",
    region: null,
    status: "active",
    meeting_frequency: "weekly",
    meeting_weekday: 1,
    meeting_start_time: "07:00",
    meeting_duration_minutes: 90,
    time_zone: "Europe/London",
    meeting_format: "in_person",
    meeting_place: "Grand Hotel",
    meeting_link: "",
    capacity: 50,
    visitor_token: "t0k3n",
    created_at: "2025-01-01T00:00:00Z",
    updated_at: "2025-01-01T00:00:00Z",
    ...overrides,
  };
}

/** A leadership role for a term, for tests. */
export function aChapterRole(overrides: Partial<ChapterRole> = {}): ChapterRole {
  return {
    id: "r1",
    chapter: "c1",
    member: "m1",
    member_name: "Dana Reyes",
    role: "vice_president",
    starts_on: "2026-01-01",
    ends_on: "2026-12-31",
    ...overrides,
  };
}
