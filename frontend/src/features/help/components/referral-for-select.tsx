import { Select } from "@/components/ui/select";

import { useOpenReferrals } from "../api/get-open-referrals";
import type { Referral } from "../api/get-referrals";

interface ReferralForSelectProps {
  orgSlug: string;
  value: string | null;
  onChange: (referral: Referral | null) => void;
  error?: string;
}

/**
 * The referral the business came from, among those the person received and has not closed:
 * thanking for it closes it as won. Not shown when there is none.
 */
export function ReferralForSelect({ orgSlug, value, onChange, error }: ReferralForSelectProps) {
  const referrals = useOpenReferrals(orgSlug);
  const open = referrals.data ?? [];
  if (open.length === 0 && !error) return null;
  return (
    <Select
      label="For referral"
      placeholder="None"
      data={open.map((referral) => ({
        value: referral.id,
        label: `${referral.contact_name} — from ${referral.giver_name}`,
      }))}
      value={value}
      onChange={(id) => onChange(open.find((referral) => referral.id === id) ?? null)}
      clearable
      error={error}
    />
  );
}
