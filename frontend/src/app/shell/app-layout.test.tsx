import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { mockFetch, requests } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import AppLayout from "./app-layout";

const me = {
  status: 200,
  body: {
    id: "u1",
    email: "ann@demo.example.com",
    name: "Ann Giver",
    organizations: [
      {
        id: "o1",
        slug: "demo",
        name: "Demo Network",
        role: "member",
        region: null,
        scopes: ["organization:read"],
        seats: [],
        leads: [],
      },
    ],
  },
};

const unread = {
  status: 200,
  body: {
    next: null,
    previous: null,
    results: ["n1", "n2"].map((id) => ({
      id,
      kind: "referral_received",
      title: "Bob gave you a referral",
      body: "",
      link: "",
      read: false,
      read_at: null,
      created_at: "2025-01-01T00:00:00Z",
    })),
  },
};

const routes = [
  {
    path: "/app",
    element: <AppLayout />,
    children: [
      { path: "account/security", element: <p>Security page</p> },
      { path: ":orgSlug", element: <p>Organization home</p> },
    ],
  },
];

describe("the notification bell in the header", () => {
  it("shows the unread count inside an organization", async () => {
    mockFetch({ "GET /api/v1/me": me, "GET /api/v1/orgs/demo/notifications/": unread });
    renderRoutes(routes, "/app/demo");

    const header = await screen.findByRole("banner");
    const bell = await within(header).findByRole("link", { name: "Notifications, 2 unread" });
    expect(bell).toHaveAttribute("href", "/app/demo/notifications");
  });

  it("is in the header on a phone too, where the sidebar gives way to a bottom bar", async () => {
    const matchMedia = vi.spyOn(window, "matchMedia");
    const wide = matchMedia.getMockImplementation();
    matchMedia.mockImplementation(
      (query) =>
        ({
          matches: true,
          media: query,
          onchange: null,
          addListener: vi.fn(),
          removeListener: vi.fn(),
          addEventListener: vi.fn(),
          removeEventListener: vi.fn(),
          dispatchEvent: vi.fn(),
        }) as MediaQueryList,
    );
    try {
      mockFetch({ "GET /api/v1/me": me, "GET /api/v1/orgs/demo/notifications/": unread });
      renderRoutes(routes, "/app/demo");

      const header = await screen.findByRole("banner");
      expect(
        await within(header).findByRole("link", { name: "Notifications, 2 unread" }),
      ).toBeInTheDocument();
      expect(screen.getByRole("navigation", { name: "Main" })).toHaveTextContent("Home");
    } finally {
      if (wide) matchMedia.mockImplementation(wide);
    }
  });

  it("is not there outside an organization", async () => {
    const fetch = mockFetch({ "GET /api/v1/me": me });
    renderRoutes(routes, "/app/account/security");

    expect(
      await screen.findByRole("button", { name: "AG (Ann Giver), account menu" }),
    ).toHaveTextContent("AG");
    expect(screen.queryByRole("link", { name: /^Notifications/ })).toBeNull();
    expect(requests(fetch).map((request) => request.key)).toEqual(["GET /api/v1/me"]);
  });
});

describe("moving around the frame", () => {
  it("starts with a link that skips to the page's content", async () => {
    mockFetch({ "GET /api/v1/me": me });
    renderRoutes(routes, "/app/account/security");

    await screen.findByText("Security page");
    const skip = screen.getByRole("link", { name: "Skip to content" });
    const main = screen.getByRole("main");
    expect(skip).toHaveAttribute("href", `#${main.id}`);
    expect(main).toContainElement(screen.getByText("Security page"));
    expect(main).toHaveAttribute("tabindex", "-1");
  });

  it("marks the current page in the navigation", async () => {
    mockFetch({ "GET /api/v1/me": me });
    renderRoutes(routes, "/app/account/security");

    const current = await screen.findByRole("link", { name: "Security" });
    expect(current).toHaveAttribute("aria-current", "page");
  });
});

describe("the account menu", () => {
  it("is named with the initials it shows and offers my profile in an organization", async () => {
    mockFetch({ "GET /api/v1/me": me, "GET /api/v1/orgs/demo/notifications/": unread });
    const { user } = renderRoutes(routes, "/app/demo");

    await user.click(await screen.findByRole("button", { name: "AG (Ann Giver), account menu" }));
    expect(await screen.findByRole("menuitem", { name: "My profile" })).toHaveAttribute(
      "href",
      "/app/demo/profile",
    );
  });
});
