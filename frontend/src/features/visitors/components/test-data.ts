import type { Chapter } from "@/lib/lookups/chapters";

import type { PublicChapter } from "../api/get-public-chapter";
import type { Visitor } from "../api/get-visitors";

/** A visitor as the API returns it, for tests. */
export function aVisitor(overrides: Partial<Visitor> = {}): Visitor {
  return {
    id: "v1",
    chapter: "c1",
    name: "Pat Quinn",
    email: "pat@quinn.example.com",
    phone: "+1 555 0142",
    business_name: "Quinn Roofing",
    profession: "Roofer",
    invited_by: "m1",
    invited_by_name: "Dana Reyes",
    source: "member",
    status: "new",
    notes: "",
    visits: [{ id: "visit1", meeting: "mt1", date: "2099-03-03", attended: null }],
    created_at: "2026-02-20T09:30:00Z",
    ...overrides,
  };
}

/** A chapter as its visitor link shows it, for tests. */
export function aPublicChapter(overrides: Partial<PublicChapter> = {}): PublicChapter {
  return {
    organization_name: "Demo Network",
    name: "Downtown Breakfast",
    meeting_frequency: "weekly",
    meeting_weekday: 1,
    meeting_start_time: "07:00",
    meeting_duration_minutes: 90,
    time_zone: "Europe/London",
    meeting_format: "in_person",
    meeting_place: "Grand Hotel, 1 Main Street",
    meetings: [
      { id: "mt1", date: "2099-03-03", starts_at: "2099-03-03T07:00:00Z" },
      { id: "mt2", date: "2099-03-10", starts_at: "2099-03-10T07:00:00Z" },
    ],
    members: [
      { id: "m1", name: "Dana Reyes", business_name: "Reyes Dental" },
      { id: "m2", name: "Sam Lee", business_name: "" },
    ],
    ...overrides,
  };
}

/** A chapter of the organization, for tests. */
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
    visitor_token: "tok-downtown",
    created_at: "2025-01-01T00:00:00Z",
    updated_at: "2025-01-01T00:00:00Z",
    ...overrides,
  };
}

/** A problem answer of the API. */
export function problem(status: number, detail: string, errors?: Record<string, string[]>) {
  return {
    status,
    body: { type: "https://docs.example/errors/x", title: "Error", status, detail, errors },
  };
}
