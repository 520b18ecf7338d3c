import type { Choice } from "@/lib/lookups/choices";

import type { ReferralTier } from "../api/get-referrals";
import type { ReferralInput } from "../api/give-referral";

export interface ReferralValues {
  /** The seat it is given from. */
  giver: string;
  receiver: Choice | null;
  contact_name: string;
  contact_phone: string;
  contact_email: string;
  tier: ReferralTier;
  consent_confirmed: boolean;
  hotness: string;
  notes: string;
}

export const CONSENT_NEEDED = "An outside referral needs the contact's consent to be contacted.";
const EMAIL = /^\S+@\S+\.\S+$/;

export function blankReferral(giver: string): ReferralValues {
  return {
    giver,
    receiver: null,
    contact_name: "",
    contact_phone: "",
    contact_email: "",
    // Most referrals are a third party's business.
    tier: "outside",
    consent_confirmed: false,
    hotness: "3",
    notes: "",
  };
}

export const REFERRAL_RULES = {
  receiver: (value: Choice | null) => (value ? null : "Choose the member you give it to."),
  contact_name: (value: string) => (value.trim() ? null : "Enter the contact's name."),
  contact_email: (value: string) =>
    !value.trim() || EMAIL.test(value.trim()) ? null : "Enter an email address, or leave it empty.",
  consent_confirmed: (value: boolean, values: Pick<ReferralValues, "tier">) =>
    values.tier !== "outside" || value ? null : CONSENT_NEEDED,
};

export function toReferralInput(values: ReferralValues): ReferralInput {
  return {
    giver: values.giver,
    receiver: values.receiver?.value ?? "",
    tier: values.tier,
    hotness: Number(values.hotness),
    contact_name: values.contact_name.trim(),
    contact_phone: values.contact_phone.trim(),
    contact_email: values.contact_email.trim(),
    // Consent is what an outside referral asks; the others are the giver's own business.
    consent_confirmed: values.tier === "outside" && values.consent_confirmed,
    notes: values.notes.trim(),
  };
}
