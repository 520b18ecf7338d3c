import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch } from "@/testing/fetch";
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

describe("an invitation link", () => {
  it("opens signed out, without being sent to log in first", async () => {
    mockFetch({
      "GET /api/v1/me": notSignedIn,
      "GET /api/v1/public/demo/invitations/tok/": {
        status: 200,
        body: {
          organization_name: "Demo Network",
          chapter_name: null,
          email: "sam@lee.example.com",
          role: "staff",
          status: "pending",
          expires_at: "2099-03-17T09:30:00Z",
          expired: false,
        },
      },
    });
    const { router } = renderRoutes(routes, "/app/invitations/demo/tok");

    expect(await screen.findByRole("heading", { name: "Join Demo Network" })).toBeInTheDocument();
    expect(screen.getByText("You are invited to the organization as staff.")).toBeInTheDocument();
    expect(await screen.findByRole("link", { name: "Log in to accept" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/app/invitations/demo/tok");
  });
});
