import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { meAsVicePresident } from "../components/test-data";

import MyAttendanceRoute from "./my-attendance";

const routes = [{ path: "/app/:orgSlug/my-attendance", element: <MyAttendanceRoute /> }];
const ATTENDANCE = "GET /api/v1/orgs/demo/members/m9/attendance";

function summary(overrides: Record<string, unknown> = {}) {
  return {
    window_start: "2025-09-03",
    window_end: "2026-03-03",
    present: 20,
    absent: 2,
    late: 1,
    medical: 0,
    substitute: 1,
    counted_absences: 2,
    limit: 3,
    over_limit: false,
    ...overrides,
  };
}

const records = [
  {
    meeting: "mt1",
    date: "2026-02-10",
    report_status: "completed",
    status: "absent",
    substitute_name: "",
  },
  {
    meeting: "mt2",
    date: "2026-02-24",
    report_status: "completed",
    status: "substitute",
    substitute_name: "Kim Chan",
  },
  {
    meeting: "mt3",
    date: "2026-03-03",
    report_status: "draft",
    status: "present",
    substitute_name: "",
  },
];

describe("MyAttendanceRoute", () => {
  it("shows the absences used against the limit, meeting by meeting", async () => {
    mockFetch({
      "GET /api/v1/me": meAsVicePresident(),
      [ATTENDANCE]: { status: 200, body: { summary: summary(), records } },
    });
    renderRoutes(routes, "/app/demo/my-attendance");

    const used = await screen.findByText("2 of 3 absences used in the last 6 months");
    expect(used).toBeInTheDocument();
    expect(screen.queryByText("Over the absence limit")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Downtown" })).toBeInTheDocument();

    const list = screen.getByRole("list", { name: "Meetings" });
    const meetings = within(list).getAllByRole("listitem");
    // The latest first, each with what was recorded.
    const recorded = meetings.map(
      (item) => within(item).getByText(/^(Present|Absent|Substitute)$/).textContent,
    );
    expect(recorded).toEqual(["Present", "Substitute", "Absent"]);
    expect(within(meetings[1]!).getByText("Substitute: Kim Chan")).toBeInTheDocument();
    expect(within(meetings[0]!).getByText("Report not completed yet")).toBeInTheDocument();
  });

  it("warns a member who is over the limit", async () => {
    mockFetch({
      "GET /api/v1/me": meAsVicePresident(),
      [ATTENDANCE]: {
        status: 200,
        body: { summary: summary({ absent: 4, counted_absences: 4, over_limit: true }), records },
      },
    });
    renderRoutes(routes, "/app/demo/my-attendance");

    expect(
      await screen.findByText("4 of 3 absences used in the last 6 months"),
    ).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Over the absence limit");
    expect(screen.getByRole("progressbar", { name: "Absences used" })).toHaveAttribute(
      "aria-valuenow",
      "100",
    );
  });
});
