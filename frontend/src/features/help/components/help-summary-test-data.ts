import type { HelpCounts, HelpSummary } from "../api/get-help-summary";

/** A month of a member's help, for tests. */
export function someHelp(overrides: Partial<HelpCounts> = {}): HelpCounts {
  return {
    referrals_given: 0,
    referrals_received: 0,
    thank_you_amount_generated: "0.00",
    thank_you_amount_received: "0.00",
    one_to_ones: 0,
    education: 0,
    testimonials_given: 0,
    other_help_given: 0,
    ...overrides,
  };
}

/**
 * Member m9's help as the API sums it, for tests: more referrals and business than last month,
 * fewer 1-2-1s, as many testimonials; 14 referrals given against 9 received in a year.
 */
export function aHelpSummary(overrides: Partial<HelpSummary> = {}): HelpSummary {
  return {
    member: "m9",
    this_month: someHelp({
      referrals_given: 5,
      thank_you_amount_generated: "1500.00",
      one_to_ones: 1,
      testimonials_given: 2,
    }),
    last_month: someHelp({
      referrals_given: 3,
      thank_you_amount_generated: "1250.00",
      one_to_ones: 4,
      testimonials_given: 2,
    }),
    compared_with: { from: "2026-02-01", to: "2026-02-04" },
    given: { referrals: 14, thank_you_amount: "4200.00" },
    received: { referrals: 9, thank_you_amount: "1500.00" },
    follow_up_rate: 0.857,
    follow_up_considered: 7,
    ...overrides,
  };
}

/** GET /api/v1/policies, for tests: referrals are answered within 3 days unless set. */
export const policies = {
  status: 200,
  body: [
    {
      name: "follow_up_days",
      type: "integer",
      default: 3,
      description: "Days a receiver has to update a referral before a reminder.",
      minimum: 1,
      maximum: 30,
    },
  ],
};
