const FALLBACK_ZONE = "UTC";

/** The browser's IANA time zone ("Europe/London"), UTC when it has none. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || FALLBACK_ZONE;
  } catch {
    return FALLBACK_ZONE;
  }
}

/**
 * Every IANA zone the browser knows, plus `extra` (the current or default value) when the
 * browser's list lacks it: some browsers leave out "UTC", and old names ("Asia/Calcutta")
 * may be what an organization already has.
 */
export function timeZoneOptions(extra?: string): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [];
  }
  const all = new Set(zones);
  all.add(FALLBACK_ZONE);
  if (extra) all.add(extra);
  return [...all].sort((a, b) => a.localeCompare(b));
}
