import { type ChangeEvent, useRef, useState } from "react";

import { ApiError } from "@/lib/api/errors";

export const REASON_NEEDED = "Give a reason to correct a completed report.";

/** The week's report is completed: the slip is locked. */
function isLocked(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/**
 * A chapter leader's reason to correct a slip of a completed weekly report. Only leaders are
 * asked; a locked week refused without a reason takes them to the field.
 */
export function useCorrectionReason(leader: boolean) {
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | undefined>();
  const ref = useRef<HTMLTextAreaElement>(null);
  const reason = leader ? value.trim() : "";

  return {
    leader,
    /** What the request carries: the reason, when one was given. */
    sent: reason ? { correction_reason: reason } : {},
    /** After a refusal: a leader refused for a locked week is asked for a reason. */
    refused(failure: unknown) {
      if (!leader || reason || !isLocked(failure)) return;
      setError(REASON_NEEDED);
      ref.current?.focus();
    },
    clear() {
      setValue("");
      setError(undefined);
    },
    field: {
      ref,
      value,
      error,
      onChange(event: ChangeEvent<HTMLTextAreaElement>) {
        setValue(event.currentTarget.value);
        setError(undefined);
      },
    },
  };
}

export type CorrectionReason = ReturnType<typeof useCorrectionReason>;
