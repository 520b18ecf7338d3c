import type { Choice } from "@/lib/lookups/choices";
import { moneyError } from "@/lib/money";

import type { ThankYouInput } from "../api/record-thank-you";

import { toMoney } from "./money";

export type Business = NonNullable<ThankYouInput["business"]>;

export interface ThankYouValues {
  /** The seat that got the business. */
  thanking: string;
  /** Whoever gave it is outside the network: thanked by name. */
  outside: boolean;
  thanked: Choice | null;
  thanked_name: string;
  /** As typed: refused by the form or the API, never changed. */
  amount: string;
  business: Business;
  referral: string | null;
}

export const BUSINESS_OPTIONS: { value: Business; label: string }[] = [
  { value: "new", label: "New" },
  { value: "repeat", label: "Repeat" },
];

export function blankThankYou(thanking: string): ThankYouValues {
  return {
    thanking,
    outside: false,
    thanked: null,
    thanked_name: "",
    amount: "",
    business: "new",
    referral: null,
  };
}

export const THANK_YOU_RULES = {
  thanked: (value: Choice | null, values: ThankYouValues) =>
    values.outside || value ? null : "Choose who gave you the business.",
  thanked_name: (value: string, values: ThankYouValues) =>
    !values.outside || value.trim() ? null : "Enter their name.",
  amount: (value: string) => moneyError(value, { required: true }),
};

export function toThankYouInput(values: ThankYouValues): ThankYouInput {
  return {
    thanking: values.thanking,
    ...(values.outside
      ? { thanked_name: values.thanked_name.trim() }
      : { thanked: values.thanked?.value ?? null }),
    amount: toMoney(values.amount),
    business: values.business,
    ...(values.referral ? { referral: values.referral } : {}),
  };
}
