import { Input, SegmentedControl, Stack } from "@mantine/core";
import { useId, type ReactNode } from "react";

interface SegmentedFieldProps<T extends string> {
  label: string;
  description?: ReactNode;
  data: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  error?: ReactNode;
  /** Stacked, for labels too long to sit side by side on a phone. */
  orientation?: "horizontal" | "vertical";
}

/**
 * A few choices side by side under a visible label: one tap each, big enough for a thumb. The
 * group is named by its label ("Tier", "Hotness").
 */
export function SegmentedField<T extends string>(props: SegmentedFieldProps<T>) {
  const { label, description, data, value, onChange, error, orientation } = props;
  const labelId = useId();
  const descriptionId = useId();
  return (
    <Stack gap={4}>
      <Input.Label id={labelId} labelElement="div">
        {label}
      </Input.Label>
      <SegmentedControl
        aria-labelledby={labelId}
        aria-describedby={description ? descriptionId : undefined}
        data={[...data]}
        value={value}
        onChange={onChange}
        orientation={orientation}
        fullWidth
      />
      {description && (
        <Input.Description id={descriptionId}>{description}</Input.Description>
      )}
      {error && <Input.Error>{error}</Input.Error>}
    </Stack>
  );
}
