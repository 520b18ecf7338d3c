import { createContext, type ReactNode, useContext, useMemo, useState } from "react";

import type { Choice } from "@/lib/lookups/choices";

/** What a page asks the Give sheet to open on: a kind, and who or what it is for. */
export interface GiveRequest {
  kind?: "referral" | "thank_you";
  /** The member the help goes to (a referral's receiver, a thank-you's thanked). */
  member?: Choice;
  /** A referral the thank-you is for. */
  referral?: { id: string; label: string; giver: Choice };
}

interface GiveLauncher {
  /** Null when the person cannot give help here: pages then offer no Give action. */
  give: ((request?: GiveRequest) => void) | null;
  request: GiveRequest | null;
  close: () => void;
}

const Context = createContext<GiveLauncher>({ give: null, request: null, close: () => {} });

/**
 * One Give sheet per organization, opened by the floating button or by any page ("Give a
 * referral" on a member's profile, a thank-you after a referral is won). Pages ask through
 * `useGive`; the sheet itself reads the request (features do not import each other).
 */
export function GiveProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const [request, setRequest] = useState<GiveRequest | null>(null);
  const value = useMemo<GiveLauncher>(
    () => ({
      give: enabled ? (next = {}) => setRequest(next) : null,
      request: enabled ? request : null,
      close: () => setRequest(null),
    }),
    [enabled, request],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useGive(): GiveLauncher {
  return useContext(Context);
}
