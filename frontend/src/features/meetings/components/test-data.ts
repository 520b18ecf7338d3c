import type { AttendanceLine, MeetingAttendance } from "../api/get-attendance";
import type { Meeting } from "../api/get-meetings";

/** A meeting as the API returns it, for tests. */
export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: "mt1",
    chapter: "c1",
    date: "2026-03-03",
    starts_at: "2026-03-03T07:00:00Z",
    time_zone: "Europe/London",
    duration_minutes: 90,
    has_started: true,
    report_status: "draft",
    note: "",
    completed_at: null,
    ...overrides,
  };
}

/** A roster line: a member and what is recorded for them. */
export function aLine(
  id: string,
  name: string,
  overrides: Partial<Omit<AttendanceLine, "member">> = {},
): AttendanceLine {
  return {
    member: { id, name, business_name: `${name.split(" ")[1] ?? name} Ltd`, status: "active" },
    status: "present",
    substitute_name: "",
    recorded: false,
    ...overrides,
  };
}

export function anAttendance(
  lines: AttendanceLine[],
  meeting: Partial<Meeting> = {},
): MeetingAttendance {
  return { meeting: aMeeting(meeting), entries: lines };
}

/** /me for someone who leads chapter c1 as its vice president, with their own seat there. */
export function meAsVicePresident(scopes: string[] = ["meetings:read", "chapters:read"]) {
  return {
    status: 200,
    body: {
      id: "u1",
      email: "vp@demo.example.com",
      name: "Vee Pee",
      organizations: [
        {
          id: "o1",
          slug: "demo",
          name: "Demo Network",
          role: "member",
          region: null,
          scopes,
          seats: [{ member: "m9", chapter: "c1", chapter_name: "Downtown", status: "active" }],
          leads: [
            {
              chapter: "c1",
              chapter_name: "Downtown",
              roles: ["vice_president"],
              scopes: ["members:write", "meetings:write", "attendance:read"],
            },
          ],
        },
      ],
    },
  };
}
