import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { aMember } from "../components/test-data";

import ChapterRoute from "./chapter";
import ChaptersRoute from "./chapters";

const STAFF = ["chapters:read", "chapters:write", "categories:read", "members:read", "members:write"];
const DIRECTOR = ["chapters:read", "categories:read", "members:read"];

function me(scopes: string[], leads: unknown[] = []) {
  return {
    status: 200,
    body: {
      id: "u1",
      email: "someone@demo.example.com",
      name: "Someone",
      organizations: [
        {
          id: "o1",
          slug: "demo",
          name: "Demo Network",
          role: "staff",
          region: null,
          scopes,
          seats: [],
          leads,
        },
      ],
    },
  };
}
const downtown = {
  id: "c1",
  name: "Downtown Breakfast",
  region: null,
  status: "forming",
  meeting_frequency: "weekly",
  meeting_weekday: 1,
  meeting_start_time: "07:00",
  meeting_duration_minutes: 90,
  time_zone: "Europe/London",
  meeting_format: "in_person",
  meeting_place: "Grand Hotel",
  meeting_link: "",
  capacity: 50,
  created_at: "2025-01-01T00:00:00Z",
  updated_at: "2025-01-01T00:00:00Z",
};
const empty = { status: 200, body: { next: null, previous: null, results: [] } };
const routes = [
  { path: "/app/:orgSlug/chapters", element: <ChaptersRoute /> },
  { path: "/app/:orgSlug/chapters/:chapterId", element: <ChapterRoute /> },
];

describe("ChaptersRoute", () => {
  it("lists the chapters with their status and schedule, and opens a new one once created", async () => {
    const fetch = mockFetch({
      "GET /api/v1/me": me(STAFF),
      "GET /api/v1/orgs/demo/chapters/": {
        status: 200,
        body: { next: null, previous: null, results: [{ ...downtown, status: "active" }] },
      },
      "GET /api/v1/orgs/demo/regions/": empty,
      "POST /api/v1/orgs/demo/chapters/": {
        status: 201,
        body: { ...downtown, id: "c2", name: "Harbour Lunch" },
      },
      "GET /api/v1/orgs/demo/chapters/c2/": {
        status: 200,
        body: { ...downtown, id: "c2", name: "Harbour Lunch" },
      },
      "GET /api/v1/orgs/demo/members/": empty,
      "GET /api/v1/orgs/demo/categories/": empty,
    });
    const { user, router } = renderRoutes(routes, "/app/demo/chapters");

    const row = (await screen.findByRole("link", { name: "Downtown Breakfast" })).closest("tr");
    expect(within(row as HTMLElement).getByText("Active")).toBeInTheDocument();
    expect(
      within(row as HTMLElement).getByText("Weekly, Tuesday 07:00, in person"),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "New chapter" }));
    const dialog = await screen.findByRole("dialog", { name: "New chapter" });
    await user.type(within(dialog).getByLabelText("Chapter name", { exact: false }), "Harbour Lunch");
    await user.click(within(dialog).getByRole("button", { name: "Create chapter" }));

    expect(await screen.findByRole("heading", { name: "Harbour Lunch" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/app/demo/chapters/c2");
    expect(await sentBodies(fetch, "POST /api/v1/orgs/demo/chapters/")).toEqual([
      expect.objectContaining({ name: "Harbour Lunch" }),
    ]);
  });
});

describe("ChapterRoute", () => {
  it("gives leaders the roster, the category map and the chapter's details", async () => {
    mockFetch({
      "GET /api/v1/me": me(STAFF),
      "GET /api/v1/orgs/demo/chapters/c1/": { status: 200, body: downtown },
      "GET /api/v1/orgs/demo/members/": empty,
      "GET /api/v1/orgs/demo/categories/": empty,
      "GET /api/v1/orgs/demo/regions/": empty,
    });
    const { user } = renderRoutes(routes, "/app/demo/chapters/c1");

    expect(await screen.findByRole("heading", { name: "Downtown Breakfast" })).toBeInTheDocument();
    expect(screen.getByText("Forming")).toBeInTheDocument();
    expect(
      screen.getByText("Weekly, Tuesday 07:00, in person · 90 minutes · Europe/London"),
    ).toBeInTheDocument();
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual([
      "Roster",
      "Category map",
      "Leaders",
      "Details",
    ]);
    expect(await screen.findByRole("button", { name: "Add member" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Roster files (import, export)" })).toHaveAttribute(
      "href",
      "/app/demo/chapters/c1/roster-files",
    );

    await user.click(screen.getByRole("tab", { name: "Details" }));
    expect(await screen.findByLabelText("Chapter name", { exact: false })).toHaveValue(
      "Downtown Breakfast",
    );
    expect(screen.getByRole("button", { name: "Save" })).toBeInTheDocument();
  });

  it("shows a region director the roster and the map, without changing anything", async () => {
    mockFetch({
      "GET /api/v1/me": me(DIRECTOR),
      "GET /api/v1/orgs/demo/chapters/c1/": { status: 200, body: downtown },
      "GET /api/v1/orgs/demo/members/": empty,
      "GET /api/v1/orgs/demo/categories/": empty,
    });
    renderRoutes(routes, "/app/demo/chapters/c1");

    expect(await screen.findByText("No members yet")).toBeInTheDocument();
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual([
      "Roster",
      "Category map",
      "Leaders",
    ]);
    expect(screen.queryByRole("button", { name: "Add member" })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /Roster files/ })).not.toBeInTheDocument();
  });

  it("gives a chapter's vice president the roster tools in that chapter only", async () => {
    const vicePresident = {
      chapter: "c1",
      chapter_name: "Downtown Breakfast",
      roles: ["vice_president"],
      scopes: ["members:write", "meetings:write", "attendance:read"],
    };
    mockFetch({
      "GET /api/v1/me": me(DIRECTOR, [vicePresident]),
      "GET /api/v1/orgs/demo/chapters/c1/": { status: 200, body: downtown },
      "GET /api/v1/orgs/demo/members/": {
        status: 200,
        body: { next: null, previous: null, results: [aMember()] },
      },
      "GET /api/v1/orgs/demo/categories/": empty,
      "GET /api/v1/orgs/demo/chapters/c1/roles/": { status: 200, body: [] },
    });
    const { user } = renderRoutes(routes, "/app/demo/chapters/c1");

    expect(await screen.findByRole("button", { name: "Add member" })).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "Edit Dana Reyes" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Medical leave of Dana Reyes" })).toBeInTheDocument();
    // Only the president edits the chapter and names its leaders.
    expect(screen.queryByRole("tab", { name: "Details" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Leaders" }));
    expect(await screen.findByText("No leaders yet")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Assign role" })).not.toBeInTheDocument();
  });

  it("gives a chapter's leader nothing more in another chapter", async () => {
    const vicePresident = {
      chapter: "c1",
      chapter_name: "Downtown Breakfast",
      roles: ["vice_president"],
      scopes: ["members:write", "meetings:write", "attendance:read"],
    };
    mockFetch({
      "GET /api/v1/me": me(DIRECTOR, [vicePresident]),
      "GET /api/v1/orgs/demo/chapters/c2/": { status: 200, body: { ...downtown, id: "c2" } },
      "GET /api/v1/orgs/demo/members/": {
        status: 200,
        body: { next: null, previous: null, results: [aMember({ chapter: "c2" })] },
      },
      "GET /api/v1/orgs/demo/categories/": empty,
    });
    renderRoutes(routes, "/app/demo/chapters/c2");

    expect(await screen.findByText("Dana Reyes")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Add member" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Medical leave/ })).not.toBeInTheDocument();
  });

  it("answers a chapter that is not the organization's with the not-found page", async () => {
    mockFetch({
      "GET /api/v1/me": me(STAFF),
      "GET /api/v1/orgs/demo/chapters/zz/": {
        status: 404,
        body: { type: "x", title: "Not found", status: 404, detail: "Not found." },
      },
    });
    renderRoutes(routes, "/app/demo/chapters/zz");

    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
  });
});
