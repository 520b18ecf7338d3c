import { memo, useMemo } from "react";

import { timeZoneOptions } from "@/lib/time-zones";

import { Select, type SelectProps } from "./select";

type TimeZoneSelectProps = Omit<SelectProps, "data" | "label">;

// An IANA time zone: an organization's, or a chapter's (which meets in its own). Memoised:
// hundreds of options are costly to re-render on every keystroke elsewhere in the form, so
// give it a stable `onChange`.
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
