import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch, requests, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { WHO_DECIDES } from "../components/application-actions";
import { anApplication } from "../components/test-data";

import ApplicationsRoute from "./applications";

// A member who sits on Downtown Breakfast's membership committee, and a visitor host who may
// read its applications but not decide them.
const MEMBER = ["organization:read", "chapters:read", "categories:read", "members:read"];
const committee = {
  chapter: "c1",
  chapter_name: "Downtown Breakfast",
  roles: ["membership_committee"],
  scopes: ["applications:read", "applications:write", "applications:decide"],
};
const host = { ...committee, roles: ["visitor_host"], scopes: ["applications:read"] };

function me(lead: typeof committee) {
  return {
    status: 200,
    body: {
      id: "u1",
      email: "lee@demo.example.com",
      name: "Lee Chan",
      organizations: [
        {
          id: "o1",
          slug: "demo",
          name: "Demo Network",
          role: "member",
          region: null,
          scopes: MEMBER,
          seats: [],
          leads: [lead],
        },
      ],
    },
  };
}
const page = (results: unknown[]) => ({
  status: 200,
  body: { next: null, previous: null, results },
});
const HELD = "Dana Reyes already holds this category in the chapter.";
const conflict = (detail: string) => ({
  status: 409,
  body: { type: "https://docs.example/errors/conflict", title: "Conflict", status: 409, detail },
});
const routes = [{ path: "/app/:orgSlug/applications", element: <ApplicationsRoute /> }];

async function openApplication(user: ReturnType<typeof renderRoutes>["user"], name: string) {
  await user.click(await screen.findByRole("button", { name }));
  return screen.findByRole("dialog", { name });
}

describe("ApplicationsRoute", () => {
  it("shows the committee its confidential notes and saves them", async () => {
    const pat = anApplication({ committee_notes: "Met twice; strong referrals." });
    const fetch = mockFetch({
      "GET /api/v1/me": me(committee),
      "GET /api/v1/orgs/demo/chapters/": page([]),
      "GET /api/v1/orgs/demo/applications/": (request) => {
        const query = new URL(request.url).searchParams;
        // The leader of one chapter sees that chapter's applied ones first.
        if (query.get("chapter") !== "c1" || query.get("status") !== "applied") return page([]);
        return page([pat]);
      },
      "GET /api/v1/orgs/demo/applications/a1/": { status: 200, body: pat },
      "PATCH /api/v1/orgs/demo/applications/a1/": {
        status: 200,
        body: { ...pat, committee_notes: "Met twice; strong referrals. Calls back Friday." },
      },
    });
    const { user } = renderRoutes(routes, "/app/demo/applications");

    const card = (await screen.findByRole("button", { name: "Pat Kim" })).closest(
      ".mantine-Card-root",
    ) as HTMLElement;
    expect(within(card).getByText("Kim Bakery")).toBeInTheDocument();
    expect(within(card).getByText("Sponsored by Dana Reyes")).toBeInTheDocument();
    expect(within(card).getByText("Applied")).toBeInTheDocument();

    const drawer = await openApplication(user, "Pat Kim");
    const notes = within(drawer).getByLabelText("Committee notes (confidential)");
    expect(notes).toHaveValue("Met twice; strong referrals.");
    await user.type(notes, " Calls back Friday.");
    await user.click(within(drawer).getByRole("button", { name: "Save notes" }));

    expect(await screen.findByText("Committee notes saved.")).toBeInTheDocument();
    expect(await sentBodies(fetch, "PATCH /api/v1/orgs/demo/applications/a1/")).toEqual([
      { committee_notes: "Met twice; strong referrals. Calls back Friday." },
    ]);
  });

  it("shows nothing about notes to those who may not decide", async () => {
    // The API answers null: the notes exist, but are not this reader's to see.
    const pat = anApplication({ committee_notes: null });
    mockFetch({
      "GET /api/v1/me": me(host),
      "GET /api/v1/orgs/demo/chapters/": page([]),
      "GET /api/v1/orgs/demo/applications/": page([pat]),
      "GET /api/v1/orgs/demo/applications/a1/": { status: 200, body: pat },
    });
    const { user } = renderRoutes(routes, "/app/demo/applications");

    const drawer = await openApplication(user, "Pat Kim");
    expect(within(drawer).getByText("pat@kim.example.com")).toBeInTheDocument();
    expect(within(drawer).queryByText(/notes/i)).not.toBeInTheDocument();
    expect(within(drawer).queryByRole("textbox")).not.toBeInTheDocument();
    // Reading is not deciding.
    expect(within(drawer).queryByRole("button", { name: "Approve" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "New application" })).not.toBeInTheDocument();
  });

  it("tells a vice president who decides, where the committee sees Approve", async () => {
    const pat = anApplication({ committee_notes: null });
    const vicePresident = {
      ...committee,
      roles: ["vice_president"],
      scopes: ["applications:read", "applications:write"],
    };
    mockFetch({
      "GET /api/v1/me": me(vicePresident),
      "GET /api/v1/orgs/demo/chapters/": page([]),
      "GET /api/v1/orgs/demo/applications/": page([pat]),
      "GET /api/v1/orgs/demo/applications/a1/": { status: 200, body: pat },
    });
    const { user } = renderRoutes(routes, "/app/demo/applications");

    const drawer = await openApplication(user, "Pat Kim");
    expect(within(drawer).queryByRole("button", { name: "Approve" })).not.toBeInTheDocument();
    expect(within(drawer).getByText(WHO_DECIDES)).toBeInTheDocument();
  });

  it("approves with a note, and shows why the API refused", async () => {
    const pat = anApplication({ committee_notes: "" });
    const fetch = mockFetch({
      "GET /api/v1/me": me(committee),
      "GET /api/v1/orgs/demo/chapters/": page([]),
      "GET /api/v1/orgs/demo/applications/": page([pat]),
      "GET /api/v1/orgs/demo/applications/a1/": { status: 200, body: pat },
      "POST /api/v1/orgs/demo/applications/a1/approve": conflict(HELD),
    });
    const { user } = renderRoutes(routes, "/app/demo/applications");

    const drawer = await openApplication(user, "Pat Kim");
    await user.click(within(drawer).getByRole("button", { name: "Approve" }));
    const dialog = await screen.findByRole("dialog", { name: "Approve Pat Kim?" });
    await user.type(within(dialog).getByLabelText("Note for the committee"), "Unanimous.");
    await user.click(within(dialog).getByRole("button", { name: "Confirm" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(HELD);
    expect(await sentBodies(fetch, "POST /api/v1/orgs/demo/applications/a1/approve")).toEqual([
      { notes: "Unanimous." },
    ]);
  });

  it("records the payment of an approved applicant", async () => {
    const pat = anApplication({
      status: "approved",
      committee_notes: "",
      payment_due_on: "2026-03-10",
      member: "m9",
    });
    const fetch = mockFetch({
      "GET /api/v1/me": me(committee),
      "GET /api/v1/orgs/demo/chapters/": page([]),
      "GET /api/v1/orgs/demo/applications/": (request) =>
        new URL(request.url).searchParams.get("status") === "approved" ? page([pat]) : page([]),
      "GET /api/v1/orgs/demo/applications/a1/": { status: 200, body: pat },
      "POST /api/v1/orgs/demo/applications/a1/payment": {
        status: 200,
        body: { ...pat, status: "joined" },
      },
    });
    const { user } = renderRoutes(routes, "/app/demo/applications");

    expect(
      await screen.findByText("Nobody is waiting for the committee's decision."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Approved, awaiting payment" }));
    const drawer = await openApplication(user, "Pat Kim");
    expect(within(drawer).getByText(/^Payment due/)).toBeInTheDocument();
    await user.click(within(drawer).getByRole("button", { name: "Record payment" }));

    expect(await screen.findByText("Pat Kim joined the chapter.")).toBeInTheDocument();
    // The drawer shows the answer: the applicant has joined.
    expect(await within(drawer).findByText("Joined")).toBeInTheDocument();
    expect(requests(fetch).map((request) => request.key)).toContain(
      "POST /api/v1/orgs/demo/applications/a1/payment",
    );
  });

  it("records a new application for the chapter the leader runs", async () => {
    const fetch = mockFetch({
      "GET /api/v1/me": me(committee),
      "GET /api/v1/orgs/demo/chapters/": page([]),
      "GET /api/v1/orgs/demo/applications/": page([]),
      "GET /api/v1/orgs/demo/categories/": page([
        { id: "cat-baker", name: "Baker", specialties: [], is_active: true },
        { id: "cat-old", name: "Typist", specialties: [], is_active: false },
      ]),
      "POST /api/v1/orgs/demo/applications/": {
        status: 201,
        body: anApplication({ sponsor_name: null }),
      },
    });
    const { user } = renderRoutes(routes, "/app/demo/applications");

    await user.click(await screen.findByRole("button", { name: "New application" }));
    const dialog = await screen.findByRole("dialog", { name: "New application" });
    await user.type(within(dialog).getByLabelText(/^Name/), "Pat Kim");
    await user.type(within(dialog).getByLabelText(/^Email/), "pat@kim.example.com");
    await user.type(within(dialog).getByLabelText("Business name"), "Kim Bakery");
    await user.click(within(dialog).getByRole("combobox", { name: "Category" }));
    expect(screen.queryByRole("option", { name: "Typist" })).not.toBeInTheDocument();
    await user.click(await screen.findByRole("option", { name: "Baker" }));
    await user.click(within(dialog).getByRole("button", { name: "Submit application" }));

    expect(await screen.findByText("The application of Pat Kim was recorded.")).toBeInTheDocument();
    expect(await sentBodies(fetch, "POST /api/v1/orgs/demo/applications/")).toEqual([
      {
        chapter: "c1",
        name: "Pat Kim",
        email: "pat@kim.example.com",
        phone: "",
        business_name: "Kim Bakery",
        category: "cat-baker",
      },
    ]);
  });
});
