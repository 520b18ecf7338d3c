import {
  Input,
  TagsInput as MantineTagsInput,
  type TagsInputProps as MantineTagsInputProps,
} from "@mantine/core";
import { useId } from "react";

export type TagsInputProps = Omit<MantineTagsInputProps, "label"> & { label: string };

/**
 * Mantine's TagsInput, labelled once: like the Select (see select.tsx), Mantine also names its
 * hidden option list after the field's label. Here the label belongs to the input alone.
 */
export function TagsInput({ label, required, id, ...props }: TagsInputProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <div>
      <Input.Label htmlFor={inputId} required={required} mb={4}>
        {label}
      </Input.Label>
      <MantineTagsInput id={inputId} required={required} {...props} />
    </div>
  );
}
