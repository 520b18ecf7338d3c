// How the settings page presents the policies of an organization's `settings`. Which policies
// exist, their types, defaults, bounds, labels, one line of help and sections all come from
// GET /api/v1/policies (platform/tenancy/policies.py), one source for the words.
import type { Policy } from "../api/get-policies";

/** A policy's label from the server, else its name in words ("max_seats" → "Max seats"). */
export function policyLabel(policy: Pick<Policy, "name"> & Partial<Pick<Policy, "label">>): string {
  return (
    policy.label ||
    policy.name.replace(/_/g, " ").replace(/^./, (first) => first.toUpperCase())
  );
}

export interface PolicySection {
  section: string;
  title: string;
  policies: Policy[];
}

/** The policies grouped by section, sections and policies in the order the server lists them. */
export function policySections(policies: Policy[]): PolicySection[] {
  const sections: PolicySection[] = [];
  for (const policy of policies) {
    let group = sections.find((entry) => entry.section === policy.section);
    if (!group) {
      group = { section: policy.section, title: policy.section_label, policies: [] };
      sections.push(group);
    }
    group.policies.push(policy);
  }
  return sections;
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
