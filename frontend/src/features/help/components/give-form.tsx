import { Button, Stack } from "@mantine/core";
import type { ReactNode, SyntheticEvent } from "react";

import { FormAlert } from "@/components/ui/form-alert";

import { SeatSelect } from "./seat-select";
import type { Seat } from "./seats";

export interface GiveFormProps {
  onSubmit: (event?: SyntheticEvent<HTMLFormElement>) => void;
  /** The seats the person gives from: asked only when there are several. */
  seats: readonly Seat[];
  seat: string;
  onSeatChange: (member: string) => void;
  seatError?: ReactNode;
  /** The error that belongs to no field, read above the button. */
  formError: string | null;
  pending: boolean;
  submitLabel: string;
  /** The fields of this kind of help, between the seat and the button. */
  children: ReactNode;
}

/** A form of the Give sheet: the seat it comes from, its own fields, then one big button. */
export function GiveForm(props: GiveFormProps) {
  const { onSubmit, seats, seat, onSeatChange, seatError, formError, pending } = props;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <SeatSelect seats={seats} value={seat} onChange={onSeatChange} error={seatError} />
        {props.children}
        <FormAlert message={formError} />
        <Button type="submit" size="md" fullWidth loading={pending}>
          {props.submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
