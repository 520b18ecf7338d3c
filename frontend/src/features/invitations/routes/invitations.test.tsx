import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch, requests, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { anInvitation } from "../components/test-data";

import InvitationsRoute from "./invitations";

const MEMBER = ["organization:read", "chapters:read", "members:read"];
const ADMIN = [...MEMBER, "chapters:write", "members:write", "people:read", "people:write"];
const STAFF = [...MEMBER, "chapters:write", "members:write", "people:read"];
const president = {
  chapter: "c1",
  chapter_name: "Downtown Breakfast",
  roles: ["president"],
  scopes: ["members:write", "chapters:write"],
};

function me(scopes: string[], leads: (typeof president)[] = []) {
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
const chapters = page([
  { id: "c1", name: "Downtown Breakfast" },
  { id: "c2", name: "Harbour Lunch" },
]);
const problem = (status: number, detail: string, errors: Record<string, string[]>) => ({
  status,
  body: { type: "https://docs.example/errors/x", title: "Error", status, detail, errors },
});
const NAME_NEEDED = "Name the person: a new seat is made for them.";
const ALREADY_PENDING =
  "pat@kim.example.com already has a pending invitation here; resend it instead.";
const routes = [{ path: "/app/:orgSlug/invitations", element: <InvitationsRoute /> }];

describe("InvitationsRoute", () => {
  it("lists who was invited where, and resends or revokes a pending link", async () => {
    const pat = anInvitation();
    const accepted = anInvitation({
      id: "i2",
      email: "sam@lee.example.com",
      chapter: null,
      member: null,
      member_name: null,
      role: "staff",
      status: "accepted",
    });
    const fetch = mockFetch({
      "GET /api/v1/me": me(STAFF),
      "GET /api/v1/orgs/demo/chapters/": chapters,
      "GET /api/v1/orgs/demo/invitations/": page([pat, accepted]),
      "POST /api/v1/orgs/demo/invitations/i1/resend": { status: 200, body: pat },
      "POST /api/v1/orgs/demo/invitations/i1/revoke": {
        status: 200,
        body: { ...pat, status: "revoked" },
      },
    });
    const { user } = renderRoutes(routes, "/app/demo/invitations");

    const patRow = (await screen.findByText("pat@kim.example.com")).closest("tr") as HTMLElement;
    expect(await within(patRow).findByText("Downtown Breakfast")).toBeInTheDocument();
    expect(within(patRow).getByText("Seat of Pat Kim")).toBeInTheDocument();
    expect(within(patRow).getByText("Member")).toBeInTheDocument();
    expect(within(patRow).getByText("Pending")).toBeInTheDocument();
    const samRow = screen.getByText("sam@lee.example.com").closest("tr") as HTMLElement;
    expect(within(samRow).getByText("Organization only")).toBeInTheDocument();
    expect(within(samRow).getByText("Staff")).toBeInTheDocument();
    expect(within(samRow).getByText("Accepted")).toBeInTheDocument();
    // An accepted invitation has nothing left to do.
    expect(within(samRow).queryByRole("button")).not.toBeInTheDocument();

    await user.click(within(patRow).getByRole("button", { name: "Resend" }));
    expect(
      await screen.findByText("A new link was sent to pat@kim.example.com."),
    ).toBeInTheDocument();

    await user.click(within(patRow).getByRole("button", { name: "Revoke" }));
    const dialog = await screen.findByRole("dialog", {
      name: "Revoke the invitation to pat@kim.example.com?",
    });
    await user.click(within(dialog).getByRole("button", { name: "Revoke invitation" }));
    expect(
      await screen.findByText("The invitation to pat@kim.example.com was revoked."),
    ).toBeInTheDocument();
    expect(requests(fetch).map((request) => request.key)).toEqual(
      expect.arrayContaining([
        "POST /api/v1/orgs/demo/invitations/i1/resend",
        "POST /api/v1/orgs/demo/invitations/i1/revoke",
      ]),
    );
  });

  it("puts a missing name and a pending invitation on their fields", async () => {
    let answers = 0;
    const fetch = mockFetch({
      "GET /api/v1/me": me(MEMBER, [president]),
      "GET /api/v1/orgs/demo/chapters/": chapters,
      "GET /api/v1/orgs/demo/invitations/": page([]),
      "POST /api/v1/orgs/demo/invitations/": () =>
        ++answers === 1
          ? problem(400, "Invalid input.", { name: [NAME_NEEDED] })
          : problem(409, ALREADY_PENDING, { email: [ALREADY_PENDING] }),
    });
    const { user } = renderRoutes(routes, "/app/demo/invitations");

    await user.click(await screen.findByRole("button", { name: "Invite someone" }));
    const dialog = await screen.findByRole("dialog", { name: "Invite someone" });
    await user.type(within(dialog).getByLabelText(/^Email/), "pat@kim.example.com");
    await user.click(within(dialog).getByRole("button", { name: "Send invitation" }));

    const name = within(dialog).getByLabelText("Name");
    expect(await within(dialog).findByText(NAME_NEEDED)).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription(expect.stringContaining(NAME_NEEDED) as string);

    await user.type(name, "Pat Kim");
    await user.click(within(dialog).getByRole("button", { name: "Send invitation" }));
    expect(await within(dialog).findByText(ALREADY_PENDING)).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Email/)).toHaveAccessibleDescription(
      expect.stringContaining(ALREADY_PENDING) as string,
    );
    // The president's one chapter was chosen for them; a leader never chooses a role.
    expect(await sentBodies(fetch, "POST /api/v1/orgs/demo/invitations/")).toEqual([
      { email: "pat@kim.example.com", chapter: "c1" },
      { email: "pat@kim.example.com", chapter: "c1", name: "Pat Kim" },
    ]);
  });

  it("offers the role, and the organization alone, to those who manage people", async () => {
    const fetch = mockFetch({
      "GET /api/v1/me": me(ADMIN),
      "GET /api/v1/orgs/demo/chapters/": chapters,
      "GET /api/v1/orgs/demo/invitations/": page([]),
      "POST /api/v1/orgs/demo/invitations/": {
        status: 201,
        body: anInvitation({ email: "sam@lee.example.com", chapter: null, role: "staff" }),
      },
    });
    const { user } = renderRoutes(routes, "/app/demo/invitations");

    await user.click(await screen.findByRole("button", { name: "Invite someone" }));
    const dialog = await screen.findByRole("dialog", { name: "Invite someone" });
    await user.type(within(dialog).getByLabelText(/^Email/), "sam@lee.example.com");
    await user.click(within(dialog).getByRole("combobox", { name: "Chapter" }));
    expect(await screen.findByRole("option", { name: "Harbour Lunch" })).toBeInTheDocument();
    await user.click(screen.getByRole("option", { name: "No chapter (organization only)" }));
    await user.click(within(dialog).getByRole("combobox", { name: "Role" }));
    await user.click(await screen.findByRole("option", { name: "Staff" }));
    await user.click(within(dialog).getByRole("button", { name: "Send invitation" }));

    expect(
      await screen.findByText("An invitation was sent to sam@lee.example.com."),
    ).toBeInTheDocument();
    expect(await sentBodies(fetch, "POST /api/v1/orgs/demo/invitations/")).toEqual([
      { email: "sam@lee.example.com", chapter: null, role: "staff" },
    ]);
  });

  it("gives staff without people:write no role to choose", async () => {
    mockFetch({
      "GET /api/v1/me": me(STAFF),
      "GET /api/v1/orgs/demo/chapters/": chapters,
      "GET /api/v1/orgs/demo/invitations/": page([]),
    });
    const { user } = renderRoutes(routes, "/app/demo/invitations");

    await user.click(await screen.findByRole("button", { name: "Invite someone" }));
    const dialog = await screen.findByRole("dialog", { name: "Invite someone" });
    expect(within(dialog).getByRole("combobox", { name: "Chapter" })).toBeInTheDocument();
    expect(within(dialog).queryByRole("combobox", { name: "Role" })).not.toBeInTheDocument();
    expect(within(dialog).queryByText("Role")).not.toBeInTheDocument();
  });

  it("is not for members who manage no seats", async () => {
    mockFetch({ "GET /api/v1/me": me(MEMBER), "GET /api/v1/orgs/demo/chapters/": chapters });
    renderRoutes(routes, "/app/demo/invitations");

    expect(await screen.findByRole("heading", { name: "No access" })).toBeInTheDocument();
  });
});
