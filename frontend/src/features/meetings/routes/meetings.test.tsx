import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { addDays, todayIn } from "@/lib/calendar";
import { mockFetch, requests } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { aMeeting, meAsVicePresident } from "../components/test-data";

import MeetingsRoute from "./meetings";

const routes = [{ path: "/app/:orgSlug/meetings", element: <MeetingsRoute /> }];
const today = todayIn();
const chapter = (id: string, name: string) => ({
  status: 200,
  body: { id, name, time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone },
});
const page = (results: unknown[]) => ({
  status: 200,
  body: { next: null, previous: null, results },
});

function staff() {
  const me = meAsVicePresident(["meetings:read", "meetings:write", "chapters:read"]);
  me.body.organizations[0]!.leads = [];
  me.body.organizations[0]!.seats = [];
  return me;
}

describe("MeetingsRoute", () => {
  it("shows a leader this week's and the next meetings first, then the recent ones latest first", async () => {
    const asked: URLSearchParams[] = [];
    // What the server holds: eight weeks back, ten weeks ahead (more than one small page).
    const held = Array.from({ length: 19 }, (_, index) => {
      const week = index - 8;
      return aMeeting({
        id: week === 0 ? "now" : `w${week}`,
        date: addDays(today, week * 7),
        report_status: week < -1 ? "completed" : "draft",
      });
    });
    mockFetch({
      "GET /api/v1/me": meAsVicePresident(),
      "GET /api/v1/orgs/demo/chapters/c1/": chapter("c1", "Downtown"),
      "GET /api/v1/orgs/demo/meetings/": (request) => {
        // The server's filters and order: dates in range, by date, first page only.
        const query = new URL(request.url).searchParams;
        asked.push(query);
        const from = query.get("date_from") ?? "";
        const to = query.get("date_to") ?? "9999-12-31";
        const rows = held.filter((meeting) => meeting.date >= from && meeting.date <= to);
        if (query.get("ordering") === "-date") rows.reverse();
        return page(rows.slice(0, Number(query.get("page_size") ?? 50)));
      },
    });
    renderRoutes(routes, "/app/demo/meetings");

    const upcoming = (await screen.findByRole("heading", { name: "Upcoming" })).parentElement;
    const recent = screen.getByRole("heading", { name: "Recent" }).parentElement;
    const links = (section: HTMLElement | null) =>
      within(section as HTMLElement)
        .getAllByRole("link")
        .map((link) => link.getAttribute("href")?.replace("/app/demo/meetings/", ""));
    // The soonest first: today's, then the next three.
    expect(links(upcoming)).toEqual(["now", "w1", "w2", "w3"]);
    // The latest first, eight weeks back.
    expect(links(recent)).toEqual(["w-1", "w-2", "w-3", "w-4", "w-5", "w-6", "w-7", "w-8"]);
    expect(within(upcoming as HTMLElement).getByText("Today")).toBeInTheDocument();
    expect(within(recent as HTMLElement).getAllByText("Completed")).toHaveLength(7);
    expect(within(recent as HTMLElement).getAllByText("Draft")).toHaveLength(1);
    expect(screen.getByRole("combobox", { name: "Chapter" })).toHaveValue("Downtown");

    // Each section asks for its own order.
    expect(asked.map((query) => Object.fromEntries(query))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ chapter: "c1", date_from: addDays(today, -1), page_size: "5" }),
        expect.objectContaining({
          chapter: "c1",
          date_from: addDays(today, -56),
          date_to: addDays(today, 1),
          ordering: "-date",
        }),
      ]),
    );
    expect(asked).toHaveLength(2);
  });

  it("lets staff pick any chapter", async () => {
    const fetch = mockFetch({
      "GET /api/v1/me": staff(),
      "GET /api/v1/orgs/demo/chapters/": page([
        { id: "c1", name: "Downtown" },
        { id: "c2", name: "Harbour Lunch" },
      ]),
      "GET /api/v1/orgs/demo/chapters/c1/": chapter("c1", "Downtown"),
      "GET /api/v1/orgs/demo/chapters/c2/": chapter("c2", "Harbour Lunch"),
      "GET /api/v1/orgs/demo/meetings/": (request) => {
        const id = new URL(request.url).searchParams.get("chapter") ?? "";
        return page([aMeeting({ id: `m-${id}`, chapter: id, date: addDays(today, 1) })]);
      },
    });
    const { user, router } = renderRoutes(routes, "/app/demo/meetings");

    expect(await screen.findByRole("link", { name: /Draft/ })).toHaveAttribute(
      "href",
      "/app/demo/meetings/m-c1",
    );
    await user.click(screen.getByRole("combobox", { name: "Chapter" }));
    await user.click(await screen.findByRole("option", { name: "Harbour Lunch" }));

    expect(await screen.findByRole("link", { name: /Draft/ })).toHaveAttribute(
      "href",
      "/app/demo/meetings/m-c2",
    );
    expect(router.state.location.search).toBe("?chapter=c2");
    expect(requests(fetch).map((call) => call.key)).toContain("GET /api/v1/orgs/demo/chapters/");
  });

  it("is not for members who lead no chapter", async () => {
    const me = meAsVicePresident();
    me.body.organizations[0]!.leads = [];
    mockFetch({ "GET /api/v1/me": me });
    renderRoutes(routes, "/app/demo/meetings");

    expect(await screen.findByRole("heading", { name: "No access" })).toBeInTheDocument();
  });
});
