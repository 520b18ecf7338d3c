import type { ReactNode } from "react";

import { Select } from "@/components/ui/select";

import { type Seat, seatChoices } from "./seats";

interface SeatSelectProps {
  seats: readonly Seat[];
  value: string;
  onChange: (memberId: string) => void;
  error?: ReactNode;
}

/** Which of the person's seats the help comes from; asked only of members of several chapters. */
export function SeatSelect({ seats, value, onChange, error }: SeatSelectProps) {
  if (seats.length < 2) return null;
  return (
    <Select
      label="Your chapter"
      data={seatChoices(seats)}
      value={value}
      onChange={(memberId) => memberId && onChange(memberId)}
      allowDeselect={false}
      error={error}
    />
  );
}
