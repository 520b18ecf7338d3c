import type { UseFormReturnType } from "@mantine/form";

import type { Choice } from "@/lib/lookups/choices";

import { MemberPicker } from "./member-picker";

interface ReceiverPickerProps {
  orgSlug: string;
  /** A form with the member the help is given to. */
  form: UseFormReturnType<{ receiver: Choice | null }>;
  /** Every seat of the person, none of whom can receive. */
  ownMembers: readonly string[];
}

/** The member the help goes to: the first thing to type. */
export function ReceiverPicker({ orgSlug, form, ownMembers }: ReceiverPickerProps) {
  return (
    <MemberPicker
      orgSlug={orgSlug}
      label="Member"
      value={form.values.receiver}
      onChange={(member) => form.setFieldValue("receiver", member)}
      exclude={ownMembers}
      error={form.errors.receiver}
      autoFocus
    />
  );
}
