import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import type { Visitor } from "../api/get-visitors";
import { formatDay, formatDayInWords } from "../components/dates";
import { aChapter, aVisitor, problem } from "../components/test-data";

import VisitorsRoute from "./visitors";

const STAFF = [
  "chapters:read",
  "members:read",
  "meetings:read",
  "visitors:invite",
  "visitors:read",
  "visitors:write",
];
const DIRECTOR = [
  "chapters:read",
  "members:read",
  "meetings:read",
  "visitors:invite",
  "visitors:read",
];

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

const page = (results: unknown[]) => ({
  status: 200,
  body: { next: null, previous: null, results },
});
const pat = aVisitor();
const lee = aVisitor({
  id: "v2",
  name: "Lee Chan",
  email: "lee@chan.example.com",
  business_name: "Chan Flowers",
  profession: "Florist",
  invited_by: null,
  invited_by_name: null,
  source: "public_link",
  status: "contacted",
  visits: [
    { id: "visit2", meeting: "mt0", date: "2000-01-04", attended: null },
    { id: "visit3", meeting: "mt1", date: "2099-03-03", attended: null },
  ],
});
const meeting = {
  id: "mt9",
  chapter: "c1",
  date: "2099-03-17",
  starts_at: "2099-03-17T07:00:00Z",
  duration_minutes: 90,
  report_status: "draft",
  note: "",
  completed_at: null,
};

/** The API of the page, with the pipeline kept as the server would keep it. */
function mockPipeline(scopes = STAFF, extra: Parameters<typeof mockFetch>[0] = {}) {
  const visitors = new Map<string, Visitor>([
    [pat.id, pat],
    [lee.id, lee],
  ]);
  return mockFetch({
    "GET /api/v1/me": me(scopes),
    "GET /api/v1/orgs/demo/chapters/": page([aChapter()]),
    "GET /api/v1/orgs/demo/visitors/": (request) => {
      const query = new URL(request.url).searchParams;
      if (query.get("chapter") !== "c1") return { status: 400 };
      return page([...visitors.values()].filter((item) => item.status === query.get("status")));
    },
    "PATCH /api/v1/orgs/demo/visitors/v1/": () => {
      const moved = { ...pat, status: "contacted" as const };
      visitors.set(pat.id, moved);
      return { status: 200, body: moved };
    },
    "GET /api/v1/orgs/demo/meetings/": page([meeting]),
    ...extra,
  });
}

const routes = [{ path: "/app/:orgSlug/visitors", element: <VisitorsRoute /> }];

// A phone held upright (≤ 576px); every other test sees a wide screen.
const wideScreen = window.matchMedia.bind(window);
afterEach(() => {
  window.matchMedia = wideScreen;
});

function onPhone() {
  window.matchMedia = (query: string) =>
    ({
      matches: query === "(max-width: 36em)",
      media: query,
      onchange: null,
      addListener: vi.fn(),
      removeListener: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      dispatchEvent: vi.fn(),
    }) as MediaQueryList;
}

type User = ReturnType<typeof renderRoutes>["user"];
const WAIT = { timeout: 5000 };

async function openCard(user: User, name: string) {
  // The page asks who you are, then the chapters, then each column: give it time.
  const card = await screen.findByRole("button", { name: new RegExp(`^${name}`) }, WAIT);
  await user.click(card);
  return screen.findByRole("dialog", { name });
}

async function closeDrawer(user: User) {
  await user.keyboard("{Escape}");
  await vi.waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
}

describe("VisitorsRoute", () => {
  it("shows a column per status, each card under its visitor's status", async () => {
    mockPipeline();
    renderRoutes(routes, "/app/demo/visitors");

    const fresh = await screen.findByRole("region", { name: "New" });
    const columns = screen.getAllByRole("region");
    expect(columns.map((region) => within(region).getByRole("heading").textContent)).toEqual([
      "New",
      "Contacted",
      "Interested",
      "Applied",
      "Joined",
      "Not interested",
    ]);

    const card = await within(fresh).findByRole("button", { name: /^Pat Quinn/ });
    expect(card).toHaveTextContent("Roofer");
    expect(card).toHaveTextContent("Quinn Roofing");
    expect(card).toHaveTextContent("Invited by Dana Reyes");
    expect(card).toHaveTextContent(`1 visit · next ${formatDay("2099-03-03")}`);

    const contacted = screen.getByRole("region", { name: "Contacted" });
    const other = await within(contacted).findByRole("button", { name: /^Lee Chan/ });
    expect(other).toHaveTextContent("Came through the visitor link");
    expect(other).toHaveTextContent("2 visits");
    expect(within(contacted).queryByRole("button", { name: /^Pat Quinn/ })).toBeNull();
    expect(within(screen.getByRole("region", { name: "Joined" })).getByText("Nobody here yet."))
      .toBeInTheDocument();
  });

  it("shares the chosen chapter's visitor link", async () => {
    mockPipeline();
    const { user } = renderRoutes(routes, "/app/demo/visitors");

    const link = `${window.location.origin}/app/visit/demo/tok-downtown`;
    expect(await screen.findByRole("textbox", { name: "Visitor link" })).toHaveValue(link);
    await user.click(screen.getByRole("button", { name: "Copy link" }));

    expect(await screen.findByRole("button", { name: "Copied" })).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(link);
  });

  it("shows one status at a time as a single list on a phone", async () => {
    onPhone();
    mockPipeline();
    const { user } = renderRoutes(routes, "/app/demo/visitors");

    expect(await screen.findByRole("button", { name: /^Pat Quinn/ })).toBeInTheDocument();
    expect(screen.queryByRole("region")).toBeNull();
    expect(screen.getByRole("radio", { name: "New" })).toBeChecked();
    expect(screen.queryByRole("button", { name: /^Lee Chan/ })).toBeNull();

    await user.click(screen.getByRole("radio", { name: "Contacted" }));

    expect(await screen.findByRole("button", { name: /^Lee Chan/ })).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.queryByRole("button", { name: /^Pat Quinn/ })).toBeNull());
  });

  it("moves a visitor along when their follow-up status changes", async () => {
    const fetch = mockPipeline();
    const { user } = renderRoutes(routes, "/app/demo/visitors");

    const drawer = await openCard(user, "Pat Quinn");
    expect(within(drawer).getByRole("link", { name: "pat@quinn.example.com" })).toHaveAttribute(
      "href",
      "mailto:pat@quinn.example.com",
    );
    await user.click(within(drawer).getByRole("combobox", { name: "Follow-up status" }));
    await user.click(await screen.findByRole("option", { name: "Contacted" }));

    expect(await screen.findByText("Pat Quinn moved to Contacted.")).toBeInTheDocument();
    expect(await sentBodies(fetch, "PATCH /api/v1/orgs/demo/visitors/v1/")).toEqual([
      { status: "contacted" },
    ]);
    expect(within(drawer).getByRole("combobox", { name: "Follow-up status" })).toHaveValue(
      "Contacted",
    );
    // The board follows: the card is now in its new column.
    await closeDrawer(user);
    const contacted = screen.getByRole("region", { name: "Contacted" });
    expect(
      await within(contacted).findByRole("button", { name: /^Pat Quinn/ }),
    ).toBeInTheDocument();
  });

  it("saves the follow-up notes", async () => {
    const fetch = mockPipeline(STAFF, {
      "PATCH /api/v1/orgs/demo/visitors/v1/": {
        status: 200,
        body: { ...pat, notes: "Called; coming back with a colleague." },
      },
    });
    const { user } = renderRoutes(routes, "/app/demo/visitors");

    const drawer = await openCard(user, "Pat Quinn");
    await user.type(
      within(drawer).getByRole("textbox", { name: "Notes" }),
      "Called; coming back with a colleague. ",
    );
    await user.click(within(drawer).getByRole("button", { name: "Save notes" }));

    expect(await screen.findByText("Notes saved.")).toBeInTheDocument();
    expect(await sentBodies(fetch, "PATCH /api/v1/orgs/demo/visitors/v1/")).toEqual([
      { notes: "Called; coming back with a colleague." },
    ]);
  });

  it("records whether the visitor came to a past meeting", async () => {
    const fetch = mockPipeline(STAFF, {
      "PATCH /api/v1/orgs/demo/visits/visit2/": {
        status: 200,
        body: { id: "visit2", meeting: "mt0", date: "2000-01-04", attended: true },
      },
    });
    const { user } = renderRoutes(routes, "/app/demo/visitors");

    const drawer = await openCard(user, "Lee Chan");
    const past = within(drawer).getByRole("group", { name: `Visit on ${formatDay("2000-01-04")}` });
    const upcoming = within(drawer).getByRole("group", {
      name: `Visit on ${formatDay("2099-03-03")}`,
    });
    expect(within(upcoming).queryByRole("button", { name: "Came" })).toBeNull();
    expect(within(past).getByRole("button", { name: "Came" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
    expect(within(past).getByRole("button", { name: "Did not come" })).toBeInTheDocument();

    await user.click(within(past).getByRole("button", { name: "Came" }));

    await vi.waitFor(() =>
      expect(within(past).getByRole("button", { name: "Came" })).toHaveAttribute(
        "aria-pressed",
        "true",
      ),
    );
    expect(await sentBodies(fetch, "PATCH /api/v1/orgs/demo/visits/visit2/")).toEqual([
      { attended: true },
    ]);
  });

  it("shows why a visitor cannot come to another meeting", async () => {
    const limit =
      "Pat Quinn has already visited 2 times, the most Downtown Breakfast allows: the next " +
      "step is to apply for membership.";
    const fetch = mockPipeline(STAFF, {
      "POST /api/v1/orgs/demo/visitors/v1/visits": problem(409, limit, { meeting: [limit] }),
    });
    const { user } = renderRoutes(routes, "/app/demo/visitors");

    const drawer = await openCard(user, "Pat Quinn");
    await user.click(within(drawer).getByRole("combobox", { name: "Meeting" }));
    await user.click(await screen.findByRole("option", { name: formatDayInWords("2099-03-17") }));
    await user.click(within(drawer).getByRole("button", { name: "Register for another meeting" }));

    expect(await within(drawer).findByRole("alert")).toHaveTextContent(limit);
    expect(await sentBodies(fetch, "POST /api/v1/orgs/demo/visitors/v1/visits")).toEqual([
      { meeting: "mt9" },
    ]);
  });

  it("shows the follow-up without changing anything to those who only read it", async () => {
    mockPipeline(DIRECTOR);
    const { user } = renderRoutes(routes, "/app/demo/visitors");

    const drawer = await openCard(user, "Lee Chan");
    expect(within(drawer).getByText("Follow-up status")).toBeInTheDocument();
    expect(within(drawer).queryByRole("combobox", { name: "Follow-up status" })).toBeNull();
    expect(within(drawer).queryByRole("button", { name: "Save notes" })).toBeNull();
    expect(within(drawer).queryByRole("button", { name: "Came" })).toBeNull();
    expect(screen.queryByRole("link", { name: "Register a visitor" })).toBeNull();
  });
});
