import type { Membership } from "@/lib/auth/me";
import { hasScope } from "@/lib/authorization";
import type { Choice } from "@/lib/lookups/choices";

export type Seat = Membership["seats"][number];

// The statuses in which a seat still belongs to its chapter and may give help (the API's
// holding statuses); a dropped, expired or pending seat gives nothing.
const GIVING = new Set<Seat["status"]>(["active", "on_leave", "late", "suspended"]);

/** The person's seats that can give help, the first one the usual choice. */
export function givingSeats(membership: Pick<Membership, "seats">): Seat[] {
  return membership.seats.filter((seat) => GIVING.has(seat.status));
}

/** Whether the person can give help here: a seat that holds, and the scope to give. */
export function canGiveHelp(membership: Pick<Membership, "seats" | "scopes"> | undefined) {
  return !!membership && hasScope(membership, "help:give") && givingSeats(membership).length > 0;
}

/** Every seat of the person, whatever its status: nobody gives help to themself. */
export function ownMemberIds(membership: Pick<Membership, "seats">): string[] {
  return membership.seats.map((seat) => seat.member);
}

export function seatChoices(seats: readonly Seat[]): Choice[] {
  return seats.map((seat) => ({ value: seat.member, label: seat.chapter_name }));
}
