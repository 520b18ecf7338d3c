// How the settings page presents each policy of an organization's `settings` object. The API
// returns the values; the words and bounds mirror platform/tenancy/policies.py. A policy the
// API returns but this list lacks is still shown, with its key as label.
export interface PolicyDefinition {
  label: string;
  description: string;
  min?: number;
  max?: number;
}

export const POLICY_DEFINITIONS: Record<string, PolicyDefinition> = {
  category_lock: {
    label: "Category lock",
    description: "One active member per category per chapter.",
  },
  multiple_seats: {
    label: "Seats in several chapters",
    description: "A person may hold seats in several chapters.",
  },
  max_absences: {
    label: "Absences allowed",
    description: "Absences allowed in the rolling window.",
    min: 0,
    max: 52,
  },
  absence_window_months: {
    label: "Absence window (months)",
    description: "Length of the rolling absence window, in months.",
    min: 1,
    max: 24,
  },
  lates_per_absence: {
    label: "Lates per absence",
    description: "Lates that count as one absence (0: lates never do).",
    min: 0,
    max: 10,
  },
  visitor_max_meetings: {
    label: "Visitor meetings before applying",
    description: "Meetings a visitor may attend before applying.",
    min: 1,
    max: 10,
  },
  term_years: {
    label: "Membership term (years)",
    description: "Length of a membership term, in years (1 or 2).",
    min: 1,
    max: 2,
  },
  penalise_substitutes: {
    label: "Substitutes count against the scorecard",
    description: "Whether a substitute counts against the scorecard.",
  },
  show_thank_you_amounts: {
    label: "Show thank-you amounts",
    description: "Show members individual thank-you amounts.",
  },
  hide_contacts_from_other_chapters: {
    label: "Hide contacts from other chapters",
    description: "Hide member contact fields across chapters.",
  },
  require_mfa: {
    label: "Require two-factor authentication",
    description: "Everyone in the organization must set up two-factor login.",
  },
};

export type PolicyValue = boolean | number;
export type Policies = Record<string, PolicyValue>;

export function policyDefinition(key: string): PolicyDefinition {
  return (
    POLICY_DEFINITIONS[key] ?? {
      label: key.replace(/_/g, " ").replace(/^./, (first) => first.toUpperCase()),
      description: "",
    }
  );
}

/** The switch and number policies of a `settings` object, known ones in the order above. */
export function policiesFrom(settings: Record<string, unknown>): Policies {
  const known = Object.keys(POLICY_DEFINITIONS);
  const keys = [
    ...known.filter((key) => key in settings),
    ...Object.keys(settings).filter((key) => !known.includes(key)),
  ];
  const policies: Policies = {};
  for (const key of keys) {
    const value = settings[key];
    if (typeof value === "boolean" || typeof value === "number") policies[key] = value;
  }
  return policies;
}

export function validatePolicy(key: string, value: PolicyValue): string | null {
  if (typeof value === "boolean") return null;
  const { min, max } = policyDefinition(key);
  if (!Number.isInteger(value)) return "Must be a whole number.";
  if (min !== undefined && max !== undefined && (value < min || value > max)) {
    return `Must be between ${min} and ${max}.`;
  }
  return null;
}
