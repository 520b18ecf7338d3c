import { TextInput, type TextInputProps } from "@mantine/core";

export type MoneyInputProps = Omit<TextInputProps, "type" | "inputMode"> & {
  /** The organization's currency code, shown at the end of the field. */
  currency?: string;
};

/**
 * The one field for money. A plain text field with the decimal keypad: unlike a number field it
 * never drops a minus sign or erases letters, so what was typed stays in view beside the refusal
 * (`moneyError` in the form, or the API's field error).
 */
export function MoneyInput({ currency, ...props }: MoneyInputProps) {
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      rightSection={currency}
      rightSectionWidth={currency ? 48 : undefined}
      rightSectionPointerEvents="none"
      {...props}
    />
  );
}
