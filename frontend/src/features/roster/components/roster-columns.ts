// The columns of a roster file, as the import reads them (groups/roster.py).
export const ROSTER_COLUMNS = [
  { name: "name", help: "Required." },
  { name: "email", help: "Where their invitation goes." },
  { name: "business_name", help: "" },
  { name: "category", help: "A category's name, as the organization spells it." },
  { name: "phone", help: "" },
  { name: "website", help: "https://..." },
  { name: "joined_on", help: "YYYY-MM-DD." },
  { name: "renewal_on", help: "YYYY-MM-DD." },
  { name: "term_years", help: "1 or 2." },
  { name: "status", help: "active (the default) or pending." },
  { name: "interests", help: "Separated by semicolons." },
] as const;

const EXAMPLE = [
  "Dana Reyes",
  "dana@reyes.example.com",
  "Reyes Dental",
  "Dentist",
  "+1 555 0100",
  "https://reyes.example.com",
  "2025-01-15",
  "2026-01-15",
  "1",
  "active",
  "Sailing;Golf",
];

/** A CSV with the header line and one example row, to fill in. */
export function templateCsv(): string {
  const header = ROSTER_COLUMNS.map((column) => column.name).join(",");
  return `${header}\r\n${EXAMPLE.join(",")}\r\n`;
}

/** The template as a link's address: built in the browser, nothing to download from the server. */
export function templateHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv())}`;
}

/**
 * About how many members a CSV holds: its non-empty lines after the header. A field with a line
 * break inside quotes counts twice; the server's count is the one that matters.
 */
export function countRows(text: string): number {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== "");
  return Math.max(lines.length - 1, 0);
}
