import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { aMeeting, meAsVicePresident } from "../components/test-data";

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
    });
    renderRoutes(routes, "/app/demo/meetings/mt1");

    expect(await screen.findByText("Draft")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Take attendance" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Complete report" })).not.toBeInTheDocument();
  });
});
