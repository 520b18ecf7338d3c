import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { aPreference, problem } from "../components/test-data";

import NotificationSettingsRoute from "./notification-settings";

const routes = [
  { path: "/app/:orgSlug/notifications/settings", element: <NotificationSettingsRoute /> },
];
const PREFERENCES = "/api/v1/orgs/demo/notification-preferences/";

const received = aPreference();
const moved = aPreference({
  id: "p2",
  kind: "referral_status",
  description: "A referral you gave moves on",
  email: false,
});

// Toasts live in a store of their own, which outlasts a test.
afterEach(() => notifications.clean());

describe("NotificationSettingsRoute", () => {
  it("shows each kind with a switch per way of hearing of it", async () => {
    mockFetch({ [`GET ${PREFERENCES}`]: { status: 200, body: [received, moved] } });
    renderRoutes(routes, "/app/demo/notifications/settings");

    expect(
      screen.getByRole("heading", { level: 1, name: "Notification settings" }),
    ).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: "Notification settings" });
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    expect(
      within(table).getByRole("switch", { name: "A member gives you a referral: in the app" }),
    ).toBeChecked();
    expect(
      within(table).getByRole("switch", { name: "A referral you gave moves on: by email" }),
    ).not.toBeChecked();
  });

  it("saves every row at once after a switch is turned", async () => {
    const fetch = mockFetch({
      [`GET ${PREFERENCES}`]: { status: 200, body: [received, moved] },
      [`PUT ${PREFERENCES}`]: { status: 200, body: [{ ...received, email: false }, moved] },
    });
    const { user } = renderRoutes(routes, "/app/demo/notifications/settings");

    await user.click(
      await screen.findByRole("switch", { name: "A member gives you a referral: by email" }),
    );
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Settings saved")).toBeInTheDocument();
    expect(await sentBodies(fetch, `PUT ${PREFERENCES}`)).toEqual([
      {
        preferences: [
          { kind: "referral_received", in_app: true, email: false },
          { kind: "referral_status", in_app: true, email: false },
        ],
      },
    ]);
  });

  it("says why the settings were refused", async () => {
    mockFetch({
      [`GET ${PREFERENCES}`]: { status: 200, body: [received] },
      [`PUT ${PREFERENCES}`]: problem(400, "Invalid input.", {
        preferences: { "0": { kind: ["Unknown kind of notification."] } },
      }),
    });
    const { user } = renderRoutes(routes, "/app/demo/notifications/settings");

    await user.click(await screen.findByRole("button", { name: "Save" }));

    expect(await screen.findByText("Unknown kind of notification.")).toBeInTheDocument();
    expect(screen.queryByText("Settings saved")).toBeNull();
  });
});
