import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { NOT_YET_HELD } from "../components/meeting-actions";
import { aLine, aMeeting, anAttendance, meAsVicePresident } from "../components/test-data";

import MeetingRoute from "./meeting";

const MEETING = "GET /api/v1/orgs/demo/meetings/mt1/";
const COMPLETE = "POST /api/v1/orgs/demo/meetings/mt1/complete";
const CANCEL = "POST /api/v1/orgs/demo/meetings/mt1/cancel";
const chapter = {
  status: 200,
  body: { id: "c1", name: "Downtown Breakfast", time_zone: "Europe/London" },
};
const routes = [{ path: "/app/:orgSlug/meetings/:meetingId", element: <MeetingRoute /> }];
const LOCKED = "The report of 2026-03-03 is already completed.";
const ATTENDANCE = "GET /api/v1/orgs/demo/meetings/mt1/attendance/";
const SLIPS = "GET /api/v1/orgs/demo/meetings/mt1/slips";
const VISITORS = "GET /api/v1/orgs/demo/visitors/";
// What a meeting that took place shows, empty unless a test says otherwise.
const record = {
  [ATTENDANCE]: { status: 200, body: anAttendance([]) },
  [SLIPS]: { status: 200, body: { meeting: "mt1", slips: [] } },
  [VISITORS]: { status: 200, body: { next: null, previous: null, results: [] } },
};

function plainMember() {
  const me = meAsVicePresident();
  me.body.organizations[0]!.leads = [];
  return me;
}

describe("MeetingRoute", () => {
  beforeEach(() => notifications.clean());

  it("offers a leader the draft's actions, and shows why completing it was refused", async () => {
    const fetch = mockFetch({
      "GET /api/v1/me": meAsVicePresident(),
      [MEETING]: { status: 200, body: aMeeting() },
      "GET /api/v1/orgs/demo/chapters/c1/": chapter,
      ...record,
      [COMPLETE]: {
        status: 409,
        body: { type: "x", title: "Conflict", status: 409, detail: LOCKED },
      },
    });
    const { user } = renderRoutes(routes, "/app/demo/meetings/mt1");

    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent("2026");
    expect(screen.getByText("Draft")).toBeInTheDocument();
    expect(await screen.findByText(/Downtown Breakfast/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Take attendance" })).toHaveAttribute(
      "href",
      "/app/demo/meetings/mt1/attendance",
    );
    expect(screen.getByRole("button", { name: "Cancel meeting" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Discard report" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Complete report" }));
    const dialog = await screen.findByRole("dialog", { name: "Complete the weekly report?" });
    expect(within(dialog).getByText(/The report locks/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Complete and lock" }));

    expect(await screen.findByText(LOCKED)).toBeInTheDocument();
    expect(screen.getByText("Report not completed")).toBeInTheDocument();
    expect(await sentBodies(fetch, COMPLETE)).toEqual([{}]);
  });

  it("cancels a meeting with a note: it becomes a holiday that can be restored", async () => {
    let meeting = aMeeting();
    const fetch = mockFetch({
      "GET /api/v1/me": meAsVicePresident(),
      [MEETING]: () => ({ status: 200, body: meeting }),
      "GET /api/v1/orgs/demo/chapters/c1/": chapter,
      ...record,
      [CANCEL]: () => {
        meeting = aMeeting({ report_status: "holiday", note: "Bank holiday" });
        return { status: 200, body: meeting };
      },
    });
    const { user } = renderRoutes(routes, "/app/demo/meetings/mt1");

    await user.click(await screen.findByRole("button", { name: "Cancel meeting" }));
    const dialog = await screen.findByRole("dialog", { name: "Cancel this meeting?" });
    await user.type(within(dialog).getByLabelText("Note", { exact: false }), "Bank holiday");
    await user.click(within(dialog).getByRole("button", { name: "Yes, cancel it" }));

    expect(
      await screen.findByText("Meeting cancelled: its report is a holiday."),
    ).toBeInTheDocument();
    expect(await sentBodies(fetch, CANCEL)).toEqual([{ note: "Bank holiday" }]);
    expect(await screen.findByRole("button", { name: "Restore" })).toBeInTheDocument();
    expect(screen.getByText("Holiday")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Take attendance" })).not.toBeInTheDocument();
  });

  it("shows a completed report as locked, with a way to correct it", async () => {
    mockFetch({
      "GET /api/v1/me": meAsVicePresident(),
      [MEETING]: { status: 200, body: aMeeting({ report_status: "completed" }) },
      "GET /api/v1/orgs/demo/chapters/c1/": chapter,
      ...record,
    });
    renderRoutes(routes, "/app/demo/meetings/mt1");

    expect(await screen.findByText("Locked")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Correct attendance" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Complete report" })).not.toBeInTheDocument();
  });

  it("shows a member where the report stands, without the leaders' actions", async () => {
    mockFetch({
      "GET /api/v1/me": plainMember(),
      [MEETING]: { status: 200, body: aMeeting() },
      "GET /api/v1/orgs/demo/chapters/c1/": chapter,
      ...record,
    });
    renderRoutes(routes, "/app/demo/meetings/mt1");

    expect(await screen.findByText("Draft")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Take attendance" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Complete report" })).not.toBeInTheDocument();
  });

  it("does not offer completing a meeting that has not taken place, and says why", async () => {
    const ahead = new Date(Date.now() + 18 * 24 * 3600 * 1000).toISOString();
    mockFetch({
      "GET /api/v1/me": meAsVicePresident(),
      [MEETING]: { status: 200, body: aMeeting({ date: ahead.slice(0, 10), starts_at: ahead, has_started: false }), },
      "GET /api/v1/orgs/demo/chapters/c1/": chapter,
    });
    renderRoutes(routes, "/app/demo/meetings/mt1");

    const complete = await screen.findByRole("button", { name: "Complete report" });
    expect(complete).toBeDisabled();
    expect(complete).toHaveAccessibleDescription(NOT_YET_HELD);
    expect(screen.getByRole("link", { name: "Take attendance" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Attendance" })).not.toBeInTheDocument();
  });

  it("shows a completed meeting's attendance, the slips of its week and its visitors", async () => {
    const me = meAsVicePresident();
    me.body.organizations[0]!.leads[0]!.scopes.push("visitors:read");
    mockFetch({
      "GET /api/v1/me": me,
      [MEETING]: { status: 200, body: aMeeting({ report_status: "completed" }) },
      "GET /api/v1/orgs/demo/chapters/c1/": chapter,
      [ATTENDANCE]: {
        status: 200,
        body: anAttendance([
          aLine("m1", "Ben Adams", { recorded: true }),
          aLine("m2", "Cleo Banks", { status: "absent", recorded: true }),
          aLine("m3", "Dan Cole", { status: "substitute", substitute_name: "Eve", recorded: true }),
        ]),
      },
      [SLIPS]: {
        status: 200,
        body: {
          meeting: "mt1",
          slips: [
            {
              kind: "referral",
              id: "r1",
              created_at: "2026-03-01T10:00:00Z",
              by_name: "Ben Adams",
              to_name: "Cleo Banks",
              detail: "Outside (a third party)",
            },
          ],
        },
      },
      [VISITORS]: {
        status: 200,
        body: {
          next: null,
          previous: null,
          results: [
            {
              id: "v1",
              chapter: "c1",
              name: "Gina Hall",
              email: "gina@example.com",
              phone: "",
              business_name: "",
              profession: "",
              invited_by: "m1",
              invited_by_name: "Ben Adams",
              source: "member",
              status: "new",
              notes: "",
              visits: [{ id: "vi1", meeting: "mt1", date: "2026-03-03", attended: true }],
              created_at: "2026-02-20T10:00:00Z",
            },
          ],
        },
      },
    });
    renderRoutes(routes, "/app/demo/meetings/mt1");

    const attendance = await screen.findByRole("list", { name: "Attendance" });
    const lines = within(attendance).getAllByRole("listitem");
    expect(lines.map((line) => line.textContent)).toEqual([
      "Ben AdamsPresent",
      "Cleo BanksAbsent",
      "Dan ColeSubstitute: EveSubstitute",
    ]);
    expect(screen.getByText("1 present · 1 absent · 1 substitute")).toBeInTheDocument();
    const slips = await screen.findByRole("list", { name: "Slips" });
    expect(within(slips).getByText("Referral: Ben Adams → Cleo Banks")).toBeInTheDocument();
    const visitors = await screen.findByRole("list", { name: "Visitors" });
    expect(within(visitors).getByText("Gina Hall")).toBeInTheDocument();
    expect(within(visitors).getByText("Invited by Ben Adams")).toBeInTheDocument();
    expect(within(visitors).getByText("Attended")).toBeInTheDocument();
  });

  it("shows the start time on the chapter's clock from the first render", async () => {
    mockFetch({
      "GET /api/v1/me": plainMember(),
      [MEETING]: {
        status: 200,
        body: aMeeting({ starts_at: "2026-03-03T12:00:00Z", time_zone: "America/New_York" }),
      },
      // The chapter cannot be read: the time must not wait for it, nor show another clock.
      "GET /api/v1/orgs/demo/chapters/c1/": { status: 403, body: { detail: "No." } },
    });
    renderRoutes(routes, "/app/demo/meetings/mt1");

    expect(await screen.findByText(/07:00/)).toBeInTheDocument();
    expect(screen.queryByText(/12:00/)).not.toBeInTheDocument();
  });
});
