import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { mockFetch, requests } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { aLink } from "../components/test-data";

import AcceptInvitationRoute from "./accept-invitation";

const notSignedIn = {
  status: 401,
  body: {
    type: "https://docs.example/errors/not-authenticated",
    title: "Not authenticated",
    status: 401,
    detail: "Authentication credentials were not provided.",
  },
};
const signedIn = (organizations: unknown[] = []) => ({
  status: 200,
  body: { id: "u1", email: "pat@kim.example.com", name: "Pat Kim", organizations },
});
const demo = {
  id: "o1",
  slug: "demo",
  name: "Demo Network",
  role: "member",
  region: null,
  scopes: [],
  seats: [],
  leads: [],
};
const LINK = "GET /api/v1/public/demo/invitations/tok/";
const ACCEPT = "POST /api/v1/public/demo/invitations/tok/accept";
const WRONG_EMAIL =
  "This invitation was sent to pat@kim.example.com; sign in with that address to accept it.";
const routes = [
  { path: "/app/invitations/:orgSlug/:token", element: <AcceptInvitationRoute /> },
  { path: "/app/:orgSlug", element: <h1>Organization home</h1> },
];

describe("AcceptInvitationRoute", () => {
  it("shows a signed-out guest the invitation and the way to log in and come back", async () => {
    mockFetch({ "GET /api/v1/me": notSignedIn, [LINK]: { status: 200, body: aLink() } });
    renderRoutes(routes, "/app/invitations/demo/tok");

    expect(await screen.findByRole("heading", { name: "Join Demo Network" })).toBeInTheDocument();
    expect(
      screen.getByText("You are invited to take your seat in Downtown Breakfast."),
    ).toBeInTheDocument();
    expect(await screen.findByRole("link", { name: "Log in to accept" })).toHaveAttribute(
      "href",
      "/app/auth/login?next=%2Fapp%2Finvitations%2Fdemo%2Ftok",
    );
    expect(screen.getByRole("link", { name: "Create an account" })).toHaveAttribute(
      "href",
      "/app/auth/signup?next=%2Fapp%2Finvitations%2Fdemo%2Ftok",
    );
    expect(screen.queryByRole("button", { name: "Accept invitation" })).not.toBeInTheDocument();
  });

  it("accepts for a signed-in person, reloads who they are and opens the organization", async () => {
    let joined = false;
    const fetch = mockFetch({
      "GET /api/v1/me": () => signedIn(joined ? [demo] : []),
      [LINK]: { status: 200, body: aLink() },
      [ACCEPT]: () => {
        joined = true;
        return { status: 200, body: aLink({ status: "accepted" }) };
      },
    });
    const { user, router } = renderRoutes(routes, "/app/invitations/demo/tok");

    expect(await screen.findByText("Signed in as pat@kim.example.com.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Accept invitation" }));

    expect(await screen.findByRole("heading", { name: "Organization home" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/app/demo");
    expect(screen.getByText("Welcome to Demo Network.")).toBeInTheDocument();
    const keys = requests(fetch).map((request) => request.key);
    // /me was asked again after accepting, so the new organization is known on arrival.
    expect(keys.slice(keys.indexOf(ACCEPT))).toContain("GET /api/v1/me");
  });

  it("explains why the API refused", async () => {
    mockFetch({
      "GET /api/v1/me": signedIn(),
      [LINK]: { status: 200, body: aLink() },
      [ACCEPT]: {
        status: 409,
        body: { type: "x", title: "Conflict", status: 409, detail: WRONG_EMAIL },
      },
    });
    const { user, router } = renderRoutes(routes, "/app/invitations/demo/tok");

    await user.click(await screen.findByRole("button", { name: "Accept invitation" }));

    expect(await screen.findByText(WRONG_EMAIL)).toBeInTheDocument();
    expect(screen.getByText(WRONG_EMAIL).closest("[role=alert]")).not.toBeNull();
    expect(router.state.location.pathname).toBe("/app/invitations/demo/tok");
  });

  it("says when a link expired, was revoked or was accepted, with nothing to accept", async () => {
    mockFetch({
      "GET /api/v1/me": signedIn(),
      [LINK]: {
        status: 200,
        body: aLink({ expired: true, expires_at: "2026-03-17T09:30:00Z" }),
      },
    });
    const { unmount } = renderRoutes(routes, "/app/invitations/demo/tok");
    expect(await screen.findByText("Invitation expired")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Accept invitation" })).not.toBeInTheDocument();
    unmount();

    mockFetch({ [LINK]: { status: 200, body: aLink({ status: "revoked" }) } });
    const revoked = renderRoutes(routes, "/app/invitations/demo/tok");
    expect(await screen.findByText("Invitation withdrawn")).toBeInTheDocument();
    revoked.unmount();

    const fetch = mockFetch({ [LINK]: { status: 200, body: aLink({ status: "accepted" }) } });
    renderRoutes(routes, "/app/invitations/demo/tok");
    expect(await screen.findByText("Already accepted")).toBeInTheDocument();
    await vi.waitFor(() => expect(requests(fetch).map((r) => r.key)).toEqual([LINK]));
  });

  it("answers an unknown link plainly", async () => {
    mockFetch({
      [LINK]: {
        status: 404,
        body: { type: "x", title: "Not found", status: 404, detail: "Not found." },
      },
    });
    renderRoutes(routes, "/app/invitations/demo/tok");

    expect(await screen.findByRole("heading", { name: "Invitation not found" })).toBeInTheDocument();
  });
});
