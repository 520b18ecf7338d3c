import type { MantineColor } from "@mantine/core";

import type { ReferralStatus, ReferralTier } from "../api/get-referrals";

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  new: "New",
  contacted: "Contacted",
  meeting: "Meeting set",
  closed_won: "Won",
  closed_lost: "Lost",
};

export const REFERRAL_STATUS_COLORS: Record<ReferralStatus, MantineColor> = {
  new: "blue",
  contacted: "cyan",
  meeting: "violet",
  closed_won: "green",
  closed_lost: "gray",
};

/** What the receiver reports, in the order a referral usually goes: one button each. */
export const FOLLOW_UP_STEPS: readonly ReferralStatus[] = [
  "contacted",
  "meeting",
  "closed_won",
  "closed_lost",
];

export const TIER_LABELS: Record<ReferralTier, string> = {
  inside: "Inside",
  outside: "Outside",
  tier_3: "Tier 3",
};

/** What each tier means, said under the choice so nobody has to know the jargon. */
export const TIER_HINTS: Record<ReferralTier, string> = {
  inside: "You are the customer.",
  outside: "Someone else, who agreed to be contacted.",
  tier_3: "A referral of a referral.",
};

export const TIER_OPTIONS = (["inside", "outside", "tier_3"] as const).map((value) => ({
  value,
  label: TIER_LABELS[value],
}));

/** How warm a referral is, from a name only (1) to introduced in person (5). */
export const HOTNESS_OPTIONS = ["1", "2", "3", "4", "5"].map((value) => ({ value, label: value }));

export const HOTNESS_HINT = "1: a name only. 5: you introduced them in person.";
