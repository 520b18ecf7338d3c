import type { Notification } from "../api/get-notifications";
import type { Preference } from "../api/get-preferences";

/** /me for a member of the organization "demo". */
export function me() {
  return {
    status: 200,
    body: {
      id: "u1",
      email: "ann@demo.example.com",
      name: "Ann Giver",
      organizations: [
        {
          id: "o1",
          slug: "demo",
          name: "Demo Network",
          role: "member",
          region: null,
          scopes: ["organization:read", "help:read"],
          seats: [],
          leads: [],
        },
      ],
    },
  };
}

/** A notification as the API returns it, for tests. */
export function aNotification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: "n1",
    kind: "referral_received",
    title: "Bob gave you a referral",
    body: "Dee at Dee Designs needs a new website.",
    link: "/app/demo/referrals",
    read: false,
    read_at: null,
    created_at: new Date(Date.now() - 2 * 3600 * 1000).toISOString(),
    ...overrides,
  };
}

export function aPreference(overrides: Partial<Preference> = {}): Preference {
  return {
    id: null,
    kind: "referral_received",
    description: "A member gives you a referral",
    in_app: true,
    email: true,
    ...overrides,
  };
}

export function page(results: unknown[], next: string | null = null) {
  return { status: 200, body: { next, previous: null, results } };
}

export function problem(status: number, detail: string, errors?: Record<string, unknown>) {
  return {
    status,
    body: { type: "https://docs.example/errors/x", title: "Error", status, detail, errors },
  };
}
