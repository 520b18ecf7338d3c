import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { UNSAVED_TAPS } from "../components/attendance-grid";
import { aLine, anAttendance, meAsVicePresident } from "../components/test-data";

import AttendanceRoute from "./attendance";

const ATTENDANCE = "/api/v1/orgs/demo/meetings/mt1/attendance/";
const PUT = `PUT ${ATTENDANCE}`;
const routes = [
  { path: "/app/:orgSlug/meetings/:meetingId/attendance", element: <AttendanceRoute /> },
  { path: "/app/:orgSlug/meetings/:meetingId", element: <h1>The meeting page</h1> },
];

const roster = [
  aLine("m1", "Dana Reyes"),
  aLine("m2", "Sam Lee"),
  aLine("m3", "Lee Chan"),
  aLine("m4", "Ada Byron"),
];

function open(replies: Parameters<typeof mockFetch>[0]) {
  const fetch = mockFetch({ "GET /api/v1/me": meAsVicePresident(), ...replies });
  const view = renderRoutes(routes, "/app/demo/meetings/mt1/attendance");
  return { fetch, ...view };
}

const row = (name: string) => screen.getByRole("group", { name });

describe("AttendanceRoute", () => {
  // Notifications live in one store for the whole run; each test starts without any.
  beforeEach(() => notifications.clean());

  it("starts everyone present and saves the changes in one request", async () => {
    const saved = anAttendance([
      aLine("m1", "Dana Reyes", { recorded: true }),
      aLine("m2", "Sam Lee", { status: "absent", recorded: true }),
      aLine("m3", "Lee Chan", {
        status: "substitute",
        substitute_name: "Kim Chan",
        recorded: true,
      }),
      aLine("m4", "Ada Byron", { status: "late", recorded: true }),
    ]);
    const { fetch, user } = open({
      [`GET ${ATTENDANCE}`]: { status: 200, body: anAttendance(roster) },
      [PUT]: { status: 200, body: saved },
    });

    expect(await screen.findByRole("group", { name: "Dana Reyes" })).toBeInTheDocument();
    for (const line of roster) {
      expect(within(row(line.member.name)).getByRole("radio", { name: `Present: ${line.member.name}` })).toBeChecked();
    }
    expect(screen.getByText("4 present")).toBeInTheDocument();
    expect(
      within(row("Dana Reyes"))
        .getAllByRole("radio")
        .map((radio) => radio.getAttribute("value")),
    ).toEqual(["present", "absent", "late", "medical", "substitute"]);

    await user.click(within(row("Sam Lee")).getByRole("radio", { name: "Absent: Sam Lee" }));
    await user.click(within(row("Ada Byron")).getByRole("radio", { name: "Late: Ada Byron" }));
    await user.click(within(row("Lee Chan")).getByRole("radio", { name: "Substitute: Lee Chan" }));
    const name = within(row("Lee Chan")).getByRole("textbox", { name: "Substitute's name" });
    expect(name).toHaveFocus();
    await user.type(name, " Kim Chan ");
    expect(screen.getByText("1 present · 1 absent · 1 late · 1 substitute")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Save attendance" }));

    expect(await screen.findByText("Attendance saved")).toBeInTheDocument();
    expect(await sentBodies(fetch, PUT)).toEqual([
      {
        entries: [
          { member: "m1", status: "present" },
          { member: "m2", status: "absent" },
          { member: "m3", status: "substitute", substitute_name: "Kim Chan" },
          { member: "m4", status: "late" },
        ],
      },
    ]);
    // The grid now shows what the server recorded.
    expect(within(row("Sam Lee")).getByRole("radio", { name: "Absent: Sam Lee" })).toBeChecked();
    expect(within(row("Lee Chan")).getByRole("textbox", { name: "Substitute's name" })).toHaveValue(
      "Kim Chan",
    );
  });

  it("shows each refused entry on its own row", async () => {
    const { user } = open({
      [`GET ${ATTENDANCE}`]: { status: 200, body: anAttendance(roster) },
      [PUT]: {
        status: 400,
        body: {
          type: "x",
          title: "Invalid input",
          status: 400,
          detail: "The request has invalid fields; see errors.",
          errors: {
            "entries[1].substitute_name": ["Use the substitute's full name."],
            "entries[3].status": ["Medical needs a leave approved for 2026-03-03."],
          },
        },
      },
    });

    const sam = await screen.findByRole("group", { name: "Sam Lee" });
    await user.click(within(sam).getByRole("radio", { name: "Substitute: Sam Lee" }));
    await user.type(within(row("Sam Lee")).getByLabelText("Substitute's name"), "K");
    await user.click(within(row("Ada Byron")).getByRole("radio", { name: "Medical: Ada Byron" }));
    await user.click(screen.getByRole("button", { name: "Save attendance" }));

    const nameField = await within(row("Sam Lee")).findByRole("textbox", {
      name: "Substitute's name",
    });
    const samsError = await within(row("Sam Lee")).findByText("Use the substitute's full name.");
    expect(samsError).toBeVisible();
    expect(nameField).toHaveAccessibleDescription("Use the substitute's full name.");
    expect(
      within(row("Ada Byron")).getByText("Medical needs a leave approved for 2026-03-03."),
    ).toBeInTheDocument();
    expect(
      within(row("Dana Reyes")).queryByText("Use the substitute's full name."),
    ).not.toBeInTheDocument();
    expect(screen.getByText("Attendance not saved")).toBeInTheDocument();
  });

  it("asks for the substitute's name before sending anything", async () => {
    const { fetch, user } = open({
      [`GET ${ATTENDANCE}`]: { status: 200, body: anAttendance(roster) },
    });

    await user.click(
      within(await screen.findByRole("group", { name: "Dana Reyes" })).getByRole("radio", {
        name: "Substitute: Dana Reyes",
      }),
    );
    await user.click(screen.getByRole("button", { name: "Save attendance" }));

    const needed = await within(row("Dana Reyes")).findByText("Enter the substitute's name.");
    expect(needed).toBeVisible();
    expect(await sentBodies(fetch, PUT)).toEqual([]);
  });

  it("asks for a reason to correct a completed report, and sends it", async () => {
    const completed = anAttendance(
      roster.map((line) => ({ ...line, recorded: true })),
      { report_status: "completed", completed_at: "2026-03-03T10:00:00Z" },
    );
    const { fetch, user } = open({
      [`GET ${ATTENDANCE}`]: { status: 200, body: completed },
      [PUT]: { status: 200, body: completed },
    });

    await user.click(
      within(await screen.findByRole("group", { name: "Sam Lee" })).getByRole("radio", {
        name: "Late: Sam Lee",
      }),
    );
    await user.click(screen.getByRole("button", { name: "Save attendance" }));

    const reason = screen.getByRole("textbox", { name: "Reason for the correction" });
    expect(reason).toBeRequired();
    expect(reason).toHaveFocus();
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining("Say why the completed report is corrected.") as string,
    );
    expect(await sentBodies(fetch, PUT)).toEqual([]);

    await user.type(reason, "Sam arrived after the start");
    await user.click(screen.getByRole("button", { name: "Save attendance" }));

    expect(await screen.findByText("Attendance saved")).toBeInTheDocument();
    expect(await sentBodies(fetch, PUT)).toEqual([
      {
        entries: [
          { member: "m1", status: "present" },
          { member: "m2", status: "late" },
          { member: "m3", status: "present" },
          { member: "m4", status: "present" },
        ],
        correction_reason: "Sam arrived after the start",
      },
    ]);
  });

  it("takes no attendance for a holiday", async () => {
    open({
      [`GET ${ATTENDANCE}`]: {
        status: 200,
        body: anAttendance(roster, { report_status: "holiday" }),
      },
    });

    expect(await screen.findByText(/no attendance is taken/)).toBeInTheDocument();
    expect(within(row("Dana Reyes")).getByRole("radio", { name: "Absent: Dana Reyes" })).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Save attendance" })).not.toBeInTheDocument();
  });

  it("names each attendance control after its member", async () => {
    open({ [`GET ${ATTENDANCE}`]: { status: 200, body: anAttendance(roster) } });

    await screen.findByRole("group", { name: "Dana Reyes" });
    expect(screen.getByRole("radio", { name: "Present: Dana Reyes" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Late: Ada Byron" })).toBeInTheDocument();
    expect(screen.getAllByRole("radio", { name: /^Absent: / })).toHaveLength(4);
    expect(screen.queryAllByRole("radio", { name: "Absent" })).toHaveLength(0);
    expect(screen.getByRole("radiogroup", { name: "Attendance: Sam Lee" })).toBeInTheDocument();
  });

  it("leaves without asking when nothing was tapped", async () => {
    const { user } = open({ [`GET ${ATTENDANCE}`]: { status: 200, body: anAttendance(roster) } });

    // Nothing tapped: leaving asks nothing.
    await user.click(await screen.findByRole("link", { name: "Back to the meeting" }));
    expect(await screen.findByRole("heading", { name: "The meeting page" })).toBeInTheDocument();
  });

  it("keeps unsaved taps unless the leader chooses to leave", async () => {
    const { user } = open({ [`GET ${ATTENDANCE}`]: { status: 200, body: anAttendance(roster) } });

    await user.click(await screen.findByRole("radio", { name: "Absent: Sam Lee" }));
    await user.click(screen.getByRole("link", { name: "Back to the meeting" }));
    const dialog = await screen.findByRole("dialog", { name: "Leave without saving?" });
    expect(within(dialog).getByText(UNSAVED_TAPS)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Stay on this page" }));
    expect(screen.getByRole("radio", { name: "Absent: Sam Lee" })).toBeChecked();
    expect(screen.queryByRole("heading", { name: "The meeting page" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("link", { name: "Back to the meeting" }));
    const again = await screen.findByRole("dialog", { name: "Leave without saving?" });
    await user.click(within(again).getByRole("button", { name: "Leave without saving" }));
    expect(await screen.findByRole("heading", { name: "The meeting page" })).toBeInTheDocument();
  });

  it("asks the browser before the tab closes with unsaved taps", async () => {
    const { user } = open({ [`GET ${ATTENDANCE}`]: { status: 200, body: anAttendance(roster) } });

    await user.click(await screen.findByRole("radio", { name: "Late: Ada Byron" }));
    const leaving = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
  });
});
