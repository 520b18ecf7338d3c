import { memo, useMemo } from "react";

import { Select, type SelectProps } from "@/components/ui/select";

import { currencyOptions } from "./currencies";

type CurrencySelectProps = Omit<SelectProps, "data" | "label">;

// Memoised: hundreds of options are costly to re-render on every keystroke elsewhere in the
// form, so give it a stable `onChange`.
export const CurrencySelect = memo(function CurrencySelect({ value, ...props }: CurrencySelectProps) {
  const data = useMemo(() => currencyOptions(value ?? undefined), [value]);
  return (
    <Select
      label="Currency"
      description="Thank-you amounts and reports use it."
      data={data}
      value={value}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No such currency"
      {...props}
    />
  );
});
