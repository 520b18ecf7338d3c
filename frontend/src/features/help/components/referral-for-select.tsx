import { Select } from "@/components/ui/select";
import type { Choice } from "@/lib/lookups/choices";

import { useOpenReferrals } from "../api/get-open-referrals";
import type { Referral } from "../api/get-referrals";

interface ReferralForSelectProps {
  orgSlug: string;
  value: string | null;
  onChange: (referral: Referral | null) => void;
  error?: string;
  /** A referral chosen already, offered even when it is closed (won just now). */
  chosen?: Choice;
}

/**
 * The referral the business came from, among those the person received and has not closed:
 * thanking for it closes it as won. Not shown when there is none.
 */
export function ReferralForSelect(props: ReferralForSelectProps) {
  const { orgSlug, value, onChange, error, chosen } = props;
  const referrals = useOpenReferrals(orgSlug);
  const open = referrals.data ?? [];
  const options = open.map((referral) => ({
    value: referral.id,
    label: `${referral.contact_name} — from ${referral.giver_name}`,
  }));
  if (chosen && !options.some((option) => option.value === chosen.value)) options.push(chosen);
  if (options.length === 0 && !error) return null;
  return (
    <Select
      label="For referral"
      placeholder="None"
      data={options}
      value={value}
      // Only a change is told: the chosen referral stays as it was given.
      onChange={(id) => {
        if (id === chosen?.value) return;
        onChange(open.find((referral) => referral.id === id) ?? null);
      }}
      clearable
      error={error}
    />
  );
}
