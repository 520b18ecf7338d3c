import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import DirectoryRoute from "@/features/directory/routes/directory";
import DirectoryMemberRoute from "@/features/directory/routes/directory-member";
import {
  aChapter,
  aMember,
  meWithSeat,
  organization,
  page,
} from "@/features/help/components/test-data";
import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { OrganizationLayout } from "./routes/organization-layout";

const routes = [
  {
    path: "/app/:orgSlug",
    element: <OrganizationLayout />,
    children: [
      { path: "directory", element: <DirectoryRoute /> },
      { path: "directory/:memberId", element: <DirectoryMemberRoute /> },
    ],
  },
];

const bob = aMember({
  phone: "(555) 010-0100",
  email: "bob@builder.example.com",
  website: "https://builder.example.com/",
  bio: "Kitchens and extensions.",
});
const GIVE = "POST /api/v1/orgs/demo/referrals/";

describe("the directory", () => {
  it("opens a member's card to their profile, and gives them a referral from it", async () => {
    const fetch = mockFetch({
      "GET /api/v1/me": meWithSeat(),
      "GET /api/v1/orgs/demo/": organization,
      "GET /api/v1/orgs/demo/chapters/": page([aChapter("c1", "Downtown")]),
      "GET /api/v1/orgs/demo/members/": page([bob]),
      "GET /api/v1/orgs/demo/members/m2/": { status: 200, body: bob },
      "GET /api/v1/orgs/demo/referrals/": page([]),
      [GIVE]: { status: 201, body: { id: "r1", receiver: "m2", receiver_name: "Bob Builder" } },
    });
    const { user, router } = renderRoutes(routes, "/app/demo/directory");

    const heading = await screen.findByRole("heading", { name: "Bob Builder" }, { timeout: 5000 });
    const card = heading.closest("article");
    expect(within(card as HTMLElement).getByRole("link", { name: bob.email })).toHaveAttribute(
      "href",
      `mailto:${bob.email}`,
    );
    await user.click(within(card as HTMLElement).getByRole("link", { name: "Bob Builder" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Bob Builder" })).toBeVisible();
    expect(router.state.location.pathname).toBe("/app/demo/directory/m2");
    expect(screen.getByText("Kitchens and extensions.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "(555) 010-0100" })).toHaveAttribute(
      "href",
      "tel:5550100100",
    );

    await user.click(screen.getByRole("button", { name: "Give a referral" }));
    const sheet = await screen.findByRole("dialog", { name: "Give help" });
    expect(within(sheet).getByRole("combobox", { name: "Member" })).toHaveValue(
      "Bob Builder — Builder Bros",
    );
    await user.type(within(sheet).getByRole("textbox", { name: "Contact name" }), "Dee");
    await user.click(
      within(sheet).getByRole("checkbox", { name: "The contact agreed to be contacted" }),
    );
    await user.click(within(sheet).getByRole("button", { name: "Give referral" }));

    expect(await screen.findByText("Referral given to Bob Builder")).toBeInTheDocument();
    const [sent] = await sentBodies(fetch, GIVE);
    expect(sent).toMatchObject({ giver: "m9", receiver: "m2", contact_name: "Dee" });
  });

  it("says when the policy keeps a member's contact details from the reader", async () => {
    const hidden = aMember({ contacts_hidden: true });
    mockFetch({
      "GET /api/v1/me": meWithSeat(),
      "GET /api/v1/orgs/demo/": organization,
      "GET /api/v1/orgs/demo/chapters/": page([aChapter("c1", "Downtown")]),
      "GET /api/v1/orgs/demo/members/m2/": { status: 200, body: hidden },
      "GET /api/v1/orgs/demo/referrals/": page([]),
    });
    renderRoutes(routes, "/app/demo/directory/m2");

    expect(
      await screen.findByText("Contact details are shown to their chapter's leaders only."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Contact Bob Builder" })).toBeNull();
  });
});
