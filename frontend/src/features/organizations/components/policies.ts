// How the settings page presents the policies of an organization's `settings`. Which policies
// exist, their types, defaults, descriptions and bounds come from GET /api/v1/policies; only
// short labels live here, and a policy without one is labelled from its name, so a policy the
// server adds still shows.
import type { Policy } from "../api/get-policies";

const POLICY_LABELS: Record<string, string> = {
  category_lock: "Category lock",
  multiple_seats: "Seats in several chapters",
  max_absences: "Absences allowed",
  absence_window_months: "Absence window (months)",
  lates_per_absence: "Lates per absence",
  visitor_max_meetings: "Visitor meetings before applying",
  term_years: "Membership term (years)",
  penalise_substitutes: "Substitutes count against the scorecard",
  show_thank_you_amounts: "Show thank-you amounts",
  hide_contacts_from_other_chapters: "Hide contacts from other chapters",
  require_mfa: "Require two-factor authentication",
};

/** A short label for a policy: ours if we have one, else its name in words ("max_seats" → "Max seats"). */
export function policyLabel(name: string): string {
  return (
    POLICY_LABELS[name] ?? name.replace(/_/g, " ").replace(/^./, (first) => first.toUpperCase())
  );
}

export type PolicyValue = boolean | number;
export type Policies = Record<string, PolicyValue>;

function fallback(policy: Policy): PolicyValue {
  if (policy.type === "boolean") return typeof policy.default === "boolean" ? policy.default : false;
  return typeof policy.default === "number" ? policy.default : (policy.minimum ?? 0);
}

/**
 * The value of each policy the server lists, in its order: the organization's value, or the
 * default where `settings` lacks it or holds the wrong type. Keys the server does not list are
 * left out (it would refuse them).
 */
export function policyValues(policies: Policy[], settings: Record<string, unknown>): Policies {
  const values: Policies = {};
  for (const policy of policies) {
    const value = settings[policy.name];
    const fits =
      policy.type === "boolean" ? typeof value === "boolean" : typeof value === "number";
    values[policy.name] = fits ? (value as PolicyValue) : fallback(policy);
  }
  return values;
}

/** The message of an invalid value, worded as the server words it; null when valid. */
export function validatePolicy(policy: Policy, value: unknown): string | null {
  if (policy.type === "boolean") return typeof value === "boolean" ? null : "Must be true or false.";
  if (typeof value !== "number" || !Number.isInteger(value)) return "Must be a whole number.";
  const { minimum: min, maximum: max } = policy;
  if (min !== null && max !== null && (value < min || value > max)) {
    return `Must be between ${min} and ${max}.`;
  }
  if (min !== null && value < min) return `Must be at least ${min}.`;
  if (max !== null && value > max) return `Must be at most ${max}.`;
  return null;
}
