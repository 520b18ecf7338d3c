import type { operations } from "@/lib/api/schema";

/** What a withdrawal may carry: a leader's reason to correct a completed weekly report. */
export type Withdrawal = NonNullable<operations["referral_withdraw"]["parameters"]["query"]>;

/** The query of a DELETE: the reason when there is one, nothing otherwise. */
export function withdrawalQuery(withdrawal: Withdrawal): Withdrawal {
  return withdrawal.correction_reason ? { correction_reason: withdrawal.correction_reason } : {};
}
