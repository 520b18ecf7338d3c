import type { Application } from "../api/get-applications";

/** An application as the API returns it, for tests. */
export function anApplication(overrides: Partial<Application> = {}): Application {
  return {
    id: "a1",
    chapter: "c1",
    visitor: null,
    name: "Pat Kim",
    email: "pat@kim.example.com",
    phone: "+1 555 0142",
    business_name: "Kim Bakery",
    category: "cat-baker",
    category_name: "Baker",
    sponsor_name: "Dana Reyes",
    status: "applied",
    committee_notes: null,
    decided_at: null,
    payment_due_on: null,
    member: null,
    created_at: "2026-03-03T09:30:00Z",
    ...overrides,
  };
}
