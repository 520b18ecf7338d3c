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
  it("shows a leader their chapter's next meetings and the recent ones, each a link", async () => {
    const asked: URLSearchParams[] = [];
    mockFetch({
      "GET /api/v1/me": meAsVicePresident(),
      "GET /api/v1/orgs/demo/chapters/c1/": chapter("c1", "Downtown"),
      "GET /api/v1/orgs/demo/meetings/": (request) => {
        asked.push(new URL(request.url).searchParams);
        return page([
          aMeeting({ id: "old", date: addDays(today, -14), report_status: "completed" }),
          aMeeting({ id: "last", date: addDays(today, -7), report_status: "draft" }),
          aMeeting({ id: "now", date: today }),
          aMeeting({ id: "next", date: addDays(today, 7) }),
        ]);
      },
    });
    renderRoutes(routes, "/app/demo/meetings");

    const upcoming = (await screen.findByRole("heading", { name: "Upcoming" })).parentElement;
    const recent = screen.getByRole("heading", { name: "Recent" }).parentElement;
    const links = (section: HTMLElement | null) =>
      within(section as HTMLElement)
        .getAllByRole("link")
        .map((link) => link.getAttribute("href"));
    expect(links(upcoming)).toEqual(["/app/demo/meetings/now", "/app/demo/meetings/next"]);
    // The latest first.
    expect(links(recent)).toEqual(["/app/demo/meetings/last", "/app/demo/meetings/old"]);
    expect(within(upcoming as HTMLElement).getByText("Today")).toBeInTheDocument();
    expect(within(recent as HTMLElement).getByText("Completed")).toBeInTheDocument();
    expect(within(recent as HTMLElement).getByText("Draft")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Chapter" })).toHaveValue("Downtown");

    // One request for eight weeks back and six ahead.
    expect(asked.map((query) => Object.fromEntries(query))).toEqual([
      expect.objectContaining({
        chapter: "c1",
        date_from: addDays(today, -56),
        date_to: addDays(today, 42),
      }),
    ]);
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
