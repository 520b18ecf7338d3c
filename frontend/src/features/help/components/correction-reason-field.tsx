import { Textarea } from "@mantine/core";

import type { CorrectionReason } from "./use-correction-reason";

/** Asked of chapter leaders only: why a slip of a completed weekly report is corrected. */
export function CorrectionReasonField({ correction }: { correction: CorrectionReason }) {
  if (!correction.leader) return null;
  return (
    <Textarea
      label="Reason for the correction"
      description="Needed once the week's report is completed; it is kept in the activity log."
      rows={2}
      maxLength={500}
      {...correction.field}
    />
  );
}
