import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { meQueryOptions } from "@/lib/auth/me";
import { mockFetch, requests } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { routes } from "./router";

const notSignedIn = {
  status: 401,
  body: {
    type: "https://docs.networking-groups.example/errors/not-authenticated",
    title: "Not authenticated",
    status: 401,
    detail: "Authentication credentials were not provided.",
  },
};

const publicChapter = {
  organization_name: "Demo Network",
  name: "Downtown Breakfast",
  meeting_frequency: "weekly",
  meeting_weekday: 1,
  meeting_start_time: "07:00",
  meeting_duration_minutes: 90,
  time_zone: "Europe/London",
  meeting_format: "in_person",
  meeting_place: "Grand Hotel",
  meetings: [{ id: "mt1", date: "2099-03-03", starts_at: "2099-03-03T07:00:00Z" }],
  members: [],
};

describe("a chapter's visitor link", () => {
  it("opens for a guest who is not signed in; a lost session sends nobody to log in", async () => {
    const fetch = mockFetch({
      "GET /api/v1/me": notSignedIn,
      "GET /api/v1/public/demo/chapters/tok/": { status: 200, body: publicChapter },
    });
    const { router, queryClient } = renderRoutes(routes, "/app/visit/demo/tok");

    expect(await screen.findByRole("heading", { name: "Downtown Breakfast" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Register my visit" })).toBeInTheDocument();
    // The page never asks who is signed in.
    expect(requests(fetch).map((request) => request.key)).toEqual([
      "GET /api/v1/public/demo/chapters/tok/",
    ]);

    // Elsewhere in the app, a 401 from /me means "log in"; not on a guest's page.
    await expect(queryClient.fetchQuery(meQueryOptions())).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(router.state.location.pathname).toBe("/app/visit/demo/tok");
    expect(screen.getByRole("button", { name: "Register my visit" })).toBeInTheDocument();
  });

  it("keeps the visitor pipeline for signed-in people", async () => {
    mockFetch({ "GET /api/v1/me": notSignedIn });
    const { router } = renderRoutes(routes, "/app/demo/visitors");

    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/app/auth/login"));
    expect(router.state.location.search).toBe("?next=%2Fapp%2Fdemo%2Fvisitors");
  });
});
