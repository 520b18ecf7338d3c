import { Alert } from "@mantine/core";

/** A form's error that belongs to no single field (the server's `detail`, a network failure). */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {message}
    </Alert>
  );
}
