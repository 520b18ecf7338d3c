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

/** What changed, field by field: "role: member → admin". Empty when nothing compares. */
export function changes(event: AuditEvent): string[] {
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  if (typeof before !== "object" || typeof after !== "object") return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => {
      if (!(key in before)) return `${key}: ${show(after[key])}`;
      if (!(key in after)) return `${key}: ${show(before[key])} → —`;
      return `${key}: ${show(before[key])} → ${show(after[key])}`;
    });
}
