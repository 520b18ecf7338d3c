import { moneyError } from "@/lib/money";

import type { ReferralChange } from "../api/change-referral";
import type { Referral, ReferralTier } from "../api/get-referrals";

import { toMoney } from "./money";
import { REFERRAL_RULES } from "./referral-values";

export interface ReferralEditValues {
  contact_name: string;
  contact_company: string;
  contact_phone: string;
  contact_email: string;
  tier: ReferralTier;
  consent_confirmed: boolean;
  hotness: string;
  /** What the business may be worth, empty when nobody knows. */
  expected_value: string;
  notes: string;
}

/** The form as the referral stands. */
export function referralEditValues(referral: Referral): ReferralEditValues {
  return {
    contact_name: referral.contact_name,
    contact_company: referral.contact_company,
    contact_phone: referral.contact_phone,
    contact_email: referral.contact_email,
    tier: referral.tier,
    consent_confirmed: referral.consent_confirmed,
    hotness: String(referral.hotness),
    expected_value: referral.expected_value ?? "",
    notes: referral.notes,
  };
}

export const REFERRAL_EDIT_RULES = {
  contact_name: REFERRAL_RULES.contact_name,
  contact_email: REFERRAL_RULES.contact_email,
  consent_confirmed: REFERRAL_RULES.consent_confirmed,
  expected_value: (value: string) => moneyError(value),
};

/** The values as the API writes them. */
function asSent(values: ReferralEditValues) {
  return {
    contact_name: values.contact_name.trim(),
    contact_company: values.contact_company.trim(),
    contact_phone: values.contact_phone.trim(),
    contact_email: values.contact_email.trim(),
    tier: values.tier,
    consent_confirmed: values.consent_confirmed,
    hotness: Number(values.hotness),
    expected_value: values.expected_value.trim() === "" ? null : toMoney(values.expected_value),
    notes: values.notes.trim(),
  };
}

/** Only what was changed: a fix touches nothing else, and an untouched form sends nothing. */
export function referralChanges(
  before: ReferralEditValues,
  after: ReferralEditValues,
): ReferralChange {
  const was = asSent(before);
  const now = asSent(after);
  const changed = (Object.keys(now) as (keyof typeof now)[]).filter((key) => now[key] !== was[key]);
  return Object.fromEntries(changed.map((key) => [key, now[key]]));
}
