import type { InvitationLink } from "../api/get-invitation-link";
import type { Invitation } from "../api/get-invitations";

/** An invitation as the organization's list returns it, for tests. */
export function anInvitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    id: "i1",
    email: "pat@kim.example.com",
    role: "member",
    chapter: "c1",
    member: "m9",
    member_name: "Pat Kim",
    status: "pending",
    expires_at: "2099-03-17T09:30:00Z",
    sent_at: "2099-03-03T09:30:00Z",
    created_at: "2099-03-03T09:30:00Z",
    ...overrides,
  };
}

/** An invitation as its emailed link shows it, for tests. */
export function aLink(overrides: Partial<InvitationLink> = {}): InvitationLink {
  return {
    organization_name: "Demo Network",
    chapter_name: "Downtown Breakfast",
    email: "pat@kim.example.com",
    role: "member",
    status: "pending",
    expires_at: "2099-03-17T09:30:00Z",
    expired: false,
    ...overrides,
  };
}
