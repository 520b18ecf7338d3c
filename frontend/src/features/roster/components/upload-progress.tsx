import { Progress, Stack, Text } from "@mantine/core";

interface UploadProgressProps {
  /** "Checking" or "Importing". */
  action: string;
  fileName: string;
  /** Counted in the browser before sending; null while still counting. */
  rows: number | null;
}

/** The file is on its way and being checked: how long is unknown, so the bar just moves. */
export function UploadProgress({ action, fileName, rows }: UploadProgressProps) {
  const label =
    rows === null
      ? `${action} ${fileName}…`
      : `${action} ${rows === 1 ? "1 row" : `${rows} rows`} of ${fileName}…`;
  return (
    <Stack gap={4}>
      <Text size="sm" role="status">
        {label}
      </Text>
      {/* Indeterminate: a progress bar without a value. */}
      <Progress.Root size="sm" role="progressbar" aria-label={label}>
        <Progress.Section value={100} striped animated withAria={false} />
      </Progress.Root>
    </Stack>
  );
}
