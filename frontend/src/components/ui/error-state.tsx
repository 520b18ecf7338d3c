import { Alert, Button, Stack, Text } from "@mantine/core";

import { errorMessage } from "@/lib/errors";

interface ErrorStateProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** What a failed load shows instead of a blank screen. */
export function ErrorState({ error, title = "Could not load this page", onRetry }: ErrorStateProps) {
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
