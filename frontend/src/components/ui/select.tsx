import {
  Input,
  Select as MantineSelect,
  type SelectProps as MantineSelectProps,
  VisuallyHidden,
} from "@mantine/core";
import { useId } from "react";

export type SelectProps = Omit<MantineSelectProps, "label" | "aria-label"> & {
  /** A visible label... */
  label?: string;
  /** ...or, where the context makes it obvious (a table row), one for assistive technology only. */
  "aria-label"?: string;
};

/**
 * Mantine's Select, labelled once. Mantine also names its hidden, always mounted option list
 * after the field's label, so "the field labelled Currency" would be two elements, for screen
 * readers and browser tests alike. Here the label belongs to the input alone.
 *
 * When nothing matches, Mantine shows its message alone in the option list, an empty listbox to
 * a screen reader; as an option that cannot be chosen it is read out like the options are.
 */
export function Select({
  label,
  "aria-label": ariaLabel,
  required,
  id,
  w,
  attributes,
  ...props
}: SelectProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <div style={{ width: typeof w === "number" ? w : undefined }}>
      {label ? (
        <Input.Label htmlFor={inputId} required={required} mb={4}>
          {label}
        </Input.Label>
      ) : (
        <label htmlFor={inputId}>
          <VisuallyHidden>{ariaLabel}</VisuallyHidden>
        </label>
      )}
      <MantineSelect
        id={inputId}
        required={required}
        attributes={{ ...attributes, empty: { role: "option", "aria-disabled": true } }}
        {...props}
      />
    </div>
  );
}
