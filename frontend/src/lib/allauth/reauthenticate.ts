import { AllauthError } from "./client";

/** Thrown by a `confirm` function when the person closes the password prompt instead. */
export class ReauthenticationCancelled extends Error {
  constructor() {
    super("Cancelled.");
    this.name = "ReauthenticationCancelled";
  }
}

/**
 * Sensitive actions (turning on two-factor login, showing recovery codes) answer 401 with the
 * `reauthenticate` flow when the password was last entered too long ago.
 */
export function needsReauthentication(error: unknown): boolean {
  return (
    error instanceof AllauthError &&
    error.status === 401 &&
    error.flows.some((flow) => flow.id === "reauthenticate")
  );
}

/**
 * Run a sensitive action; when the server asks for the password again, wait for `confirm`
 * (which asks for it and calls auth/reauthenticate) and run the action once more.
 */
export async function withReauthentication<T>(
  action: () => Promise<T>,
  confirm: () => Promise<void>,
): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!needsReauthentication(error)) throw error;
    await confirm();
    return action();
  }
}
