import { memo, useMemo } from "react";

import { Select, type SelectProps } from "@/components/ui/select";

import { timeZoneOptions } from "./time-zones";

type TimeZoneSelectProps = Omit<SelectProps, "data" | "label">;

// Memoised: hundreds of options are costly to re-render on every keystroke elsewhere in the
// form, so give it a stable `onChange`.
export const TimeZoneSelect = memo(function TimeZoneSelect({ value, ...props }: TimeZoneSelectProps) {
  const data = useMemo(() => timeZoneOptions(value ?? undefined), [value]);
  return (
    <Select
      label="Time zone"
      description="Meetings and report months follow it."
      data={data}
      value={value}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No such time zone"
      {...props}
    />
  );
});
