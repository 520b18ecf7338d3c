import type { QueryClient } from "@tanstack/react-query";

import { orgKey } from "@/lib/query-keys";

/**
 * After help is given, changed or withdrawn: every list of help (referrals, 1-2-1s, thank-yous,
 * education, testimonials, other help), leaderboard, summary and chapter dashboard counts it at
 * once.
 */
export function helpGiven(queryClient: QueryClient, orgSlug: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "referrals") }),
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "one-to-ones") }),
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "thank-yous") }),
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "education-credits") }),
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "testimonials") }),
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "other-help") }),
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "leaderboards") }),
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "help-summary") }),
    queryClient.invalidateQueries({ queryKey: orgKey(orgSlug, "help-dashboard") }),
  ]);
}
