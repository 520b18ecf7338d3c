import { Button, Stack } from "@mantine/core";
import type { ReactNode, SyntheticEvent } from "react";

import { FormAlert } from "@/components/ui/form-alert";

import { CorrectionReasonField } from "./correction-reason-field";
import type { CorrectionReason } from "./use-correction-reason";

export interface SlipEditFormProps {
  onSubmit: (event?: SyntheticEvent<HTMLFormElement>) => void;
  /** A chapter leader's reason, for a completed week. */
  correction: CorrectionReason;
  /** The error that belongs to no field, read above the button. */
  formError: string | null;
  pending: boolean;
  /** The fields of this kind of slip, before the reason and the button. */
  children: ReactNode;
}

/** A slip's edit dialog: its fields, a leader's reason, then one big button. */
export function SlipEditForm(props: SlipEditFormProps) {
  const { onSubmit, correction, formError, pending } = props;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {props.children}
        <CorrectionReasonField correction={correction} />
        <FormAlert message={formError} />
        <Button type="submit" size="md" fullWidth loading={pending}>
          Save changes
        </Button>
      </Stack>
    </form>
  );
}
