import type { AuditEvent } from "../api/get-audit-events";

/** "membership.role_changed" -> "Membership role changed". */
export function actionLabel(action: string): string {
  const words = action.replace(/[._]/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * What changed, field by field, as the API names it ("status: pending → approved"; ids come as
 * the names they point to). A field that had no value before shows only its new one.
 */
export function changes(event: AuditEvent): string[] {
  return event.changes.map(({ field, before, after }) =>
    before === null || before === undefined
      ? `${field}: ${show(after)}`
      : `${field}: ${show(before)} → ${show(after)}`,
  );
}

/** Who acted: their name, else their email; "System" for jobs. */
export function actorLabel(event: AuditEvent): string {
  return event.actor ? event.actor.name || event.actor.email : "System";
}
