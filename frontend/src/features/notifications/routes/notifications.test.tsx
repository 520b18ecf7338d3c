import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { Outlet } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";

import { mockFetch, requests, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import type { Notification } from "../api/get-notifications";
import { NotificationBell } from "../components/notification-bell";
import { EMPTY_NOTIFICATIONS } from "../components/notification-list";
import { aNotification, page } from "../components/test-data";

import NotificationsRoute from "./notifications";

// The page under the bell, as in the app's header: marking must change the bell's number.
const routes = [
  {
    path: "/app/:orgSlug",
    element: (
      <>
        <NotificationBell orgSlug="demo" />
        <Outlet />
      </>
    ),
    children: [
      { path: "notifications", element: <NotificationsRoute /> },
      { path: "referrals", element: <p>Referrals page</p> },
      { path: "notifications/settings", element: <p>Settings page</p> },
    ],
  },
];
const LIST = "GET /api/v1/orgs/demo/notifications/";
const MARK = "PATCH /api/v1/orgs/demo/notifications/n1/";
const READ_ALL = "POST /api/v1/orgs/demo/notifications/read-all";

const referral = aNotification();
const thanks = aNotification({
  id: "n2",
  kind: "thank_you_received",
  title: "Cy thanked you",
  body: "",
  link: "",
  read: true,
  read_at: "2025-01-02T00:00:00Z",
});

/** The notifications as the server keeps them: a mark shows in the next list. */
function mockNotifications(start: Notification[] = [referral, thanks]) {
  let rows = start;
  const listed: URLSearchParams[] = [];
  const fetch = mockFetch({
    [LIST]: (request) => {
      const query = new URL(request.url).searchParams;
      listed.push(query);
      return page(query.get("unread") === "true" ? rows.filter((row) => !row.read) : rows);
    },
    [MARK]: (request) => {
      expect(request.method).toBe("PATCH");
      rows = rows.map((row) => (row.id === "n1" ? { ...row, read: !row.read } : row));
      return { status: 200, body: rows.find((row) => row.id === "n1") };
    },
    [READ_ALL]: () => {
      const marked = rows.filter((row) => !row.read).length;
      rows = rows.map((row) => ({ ...row, read: true }));
      return { status: 200, body: { marked } };
    },
  });
  return { fetch, listed };
}

// Toasts live in a store of their own, which outlasts a test.
afterEach(() => notifications.clean());

describe("NotificationsRoute", () => {
  it("lists the notifications, newest first, each with what to do with it", async () => {
    mockNotifications();
    renderRoutes(routes, "/app/demo/notifications");

    expect(screen.getByRole("heading", { level: 1, name: "Notifications" })).toBeInTheDocument();
    const first = await screen.findByRole("article", { name: "Bob gave you a referral" });
    const second = screen.getByRole("article", { name: "Cy thanked you" });
    expect(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(first).toHaveTextContent("Dee at Dee Designs needs a new website.");
    expect(first).toHaveTextContent("2 hours ago");
    expect(within(first).getByRole("link", { name: "Open" })).toHaveAttribute(
      "href",
      "/app/demo/referrals",
    );
    expect(within(first).getByRole("button", { name: "Mark as read" })).toBeInTheDocument();
    expect(within(second).queryByRole("link", { name: "Open" })).toBeNull();
    expect(within(second).getByRole("button", { name: "Mark as unread" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Notification settings" })).toHaveAttribute(
      "href",
      "/app/demo/notifications/settings",
    );
    expect(await screen.findByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();
  });

  it("marks one read, and the bell follows", async () => {
    const { fetch } = mockNotifications();
    const { user } = renderRoutes(routes, "/app/demo/notifications");

    const card = await screen.findByRole("article", { name: "Bob gave you a referral" });
    await screen.findByRole("link", { name: "Notifications, 1 unread" });
    await user.click(within(card).getByRole("button", { name: "Mark as read" }));

    expect(
      await within(card).findByRole("button", { name: "Mark as unread" }),
    ).toBeInTheDocument();
    expect(await sentBodies(fetch, MARK)).toEqual([{ read: true }]);
    expect(await screen.findByRole("link", { name: "Notifications" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Mark all as read" })).toBeDisabled();
  });

  it("marks all read in one tap", async () => {
    const { fetch } = mockNotifications();
    const { user } = renderRoutes(routes, "/app/demo/notifications");

    const markAll = screen.getByRole("button", { name: "Mark all as read" });
    await vi.waitFor(() => expect(markAll).toBeEnabled());
    await user.click(markAll);

    const card = screen.getByRole("article", { name: "Bob gave you a referral" });
    expect(
      await within(card).findByRole("button", { name: "Mark as unread" }),
    ).toBeInTheDocument();
    expect(requests(fetch).filter(({ key }) => key === READ_ALL)).toHaveLength(1);
    expect(await screen.findByRole("link", { name: "Notifications" })).toBeInTheDocument();
    await vi.waitFor(() => expect(markAll).toBeDisabled());
  });

  it("shows only the unread ones when asked", async () => {
    const { listed } = mockNotifications();
    const { user, router } = renderRoutes(routes, "/app/demo/notifications");

    await screen.findByRole("article", { name: "Cy thanked you" });
    const show = screen.getByRole("radiogroup", { name: "Show" });
    await user.click(within(show).getByRole("radio", { name: "Unread" }));

    expect(
      await screen.findByRole("article", { name: "Bob gave you a referral" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("article", { name: "Cy thanked you" })).toBeNull();
    expect(router.state.location.search).toBe("?show=unread");
    // The list's own page size, not the bell's.
    expect(
      listed.some((query) => query.get("unread") === "true" && query.get("page_size") === "30"),
    ).toBe(true);
  });

  it("opens a notification's page and marks it read on the way", async () => {
    const { fetch } = mockNotifications();
    const { user, router } = renderRoutes(routes, "/app/demo/notifications");

    const card = await screen.findByRole("article", { name: "Bob gave you a referral" });
    await user.click(within(card).getByRole("link", { name: "Open" }));

    expect(await screen.findByText("Referrals page")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/app/demo/referrals");
    expect(await sentBodies(fetch, MARK)).toEqual([{ read: true }]);
    expect(await screen.findByRole("link", { name: "Notifications" })).toBeInTheDocument();
  });

  it("says what will show up here when there is nothing", async () => {
    mockNotifications([]);
    renderRoutes(routes, "/app/demo/notifications");

    expect(await screen.findByText(EMPTY_NOTIFICATIONS)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Mark all as read" })).toBeDisabled();
  });
});
