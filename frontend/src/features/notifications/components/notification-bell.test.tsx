import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { mockFetch } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import { unreadCountQueryOptions } from "../api/get-unread-count";

import { NotificationBell } from "./notification-bell";
import { aNotification, page } from "./test-data";

const LIST = "GET /api/v1/orgs/demo/notifications/";
const unread = (count: number) =>
  Array.from({ length: count }, (_, index) => aNotification({ id: `n${index}` }));

describe("NotificationBell", () => {
  it("says how many notifications are unread and links to them", async () => {
    const fetch = mockFetch({ [LIST]: page(unread(3)) });
    renderWithProviders(<NotificationBell orgSlug="demo" />, "/app/demo");

    const bell = await screen.findByRole("link", { name: "Notifications, 3 unread" });
    expect(bell).toHaveAttribute("href", "/app/demo/notifications");
    expect(screen.getByText("3")).toBeInTheDocument();
    const [input] = fetch.mock.calls[0] as [Request];
    const query = new URL(input.url).searchParams;
    expect(query.get("unread")).toBe("true");
    expect(query.get("page_size")).toBe("20");
  });

  it("caps the count at 20+ when more are unread than one page holds", async () => {
    const next = "http://localhost/api/v1/orgs/demo/notifications/?cursor=abc&unread=true";
    mockFetch({ [LIST]: page(unread(20), next) });
    renderWithProviders(<NotificationBell orgSlug="demo" />, "/app/demo");

    expect(
      await screen.findByRole("link", { name: "Notifications, 20+ unread" }),
    ).toBeInTheDocument();
    expect(screen.getByText("20+")).toBeInTheDocument();
  });

  it("shows no number when everything is read", async () => {
    mockFetch({ [LIST]: page([]) });
    const { queryClient } = renderWithProviders(<NotificationBell orgSlug="demo" />, "/app/demo");

    const key = unreadCountQueryOptions("demo").queryKey;
    await vi.waitFor(() => expect(queryClient.getQueryState(key)?.status).toBe("success"));
    expect(screen.getByRole("link", { name: "Notifications" })).toBeInTheDocument();
    expect(screen.queryByText("0")).toBeNull();
  });

  it("asks again every minute and when the person comes back to the tab", () => {
    const options = unreadCountQueryOptions("demo");
    expect(options.refetchInterval).toBe(60_000);
    expect(options.refetchOnWindowFocus).toBe(true);
    expect(options.queryKey).toEqual(["demo", "notifications", "unread"]);
  });
});
