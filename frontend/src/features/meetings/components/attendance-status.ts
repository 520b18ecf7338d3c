import type { MantineColor } from "@mantine/core";

import type { AttendanceStatus } from "../api/get-attendance";

/** PALMS, in the order leaders say it. */
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = [
  "present",
  "absent",
  "late",
  "medical",
  "substitute",
];

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  present: "Present",
  absent: "Absent",
  late: "Late",
  medical: "Medical",
  substitute: "Substitute",
};

/** The one letter a leader taps at the meeting. */
export const ATTENDANCE_STATUS_LETTERS: Record<AttendanceStatus, string> = {
  present: "P",
  absent: "A",
  late: "L",
  medical: "M",
  substitute: "S",
};

/** Present is the usual case and stays plain; every exception stands out. */
export const ATTENDANCE_STATUS_COLORS: Record<AttendanceStatus, MantineColor | undefined> = {
  present: undefined,
  absent: "red",
  late: "orange",
  medical: "blue",
  substitute: "violet",
};

/** "36 present · 2 absent · 1 late · 1 substitute": present always, the others when any. */
export function describeCounts(statuses: readonly AttendanceStatus[]): string {
  const counts = new Map<AttendanceStatus, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return ATTENDANCE_STATUSES.filter((status) => status === "present" || counts.has(status))
    .map((status) => `${counts.get(status) ?? 0} ${ATTENDANCE_STATUS_LABELS[status].toLowerCase()}`)
    .join(" · ");
}
