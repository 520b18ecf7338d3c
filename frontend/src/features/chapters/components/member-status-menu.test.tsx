import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import { MemberStatusMenu } from "./member-status-menu";
import { aMember } from "./test-data";

const STATUS = "POST /api/v1/orgs/demo/members/m1/status";

async function openMenu(user: ReturnType<typeof renderWithProviders>["user"]) {
  await user.click(screen.getByRole("button", { name: "Change status of Dana Reyes" }));
  const menu = await screen.findByRole("menu");
  return within(menu)
    .getAllByRole("menuitem")
    .map((item) => item.textContent);
}

describe("MemberStatusMenu", () => {
  it("offers a pending seat only activation or a drop", async () => {
    mockFetch({});
    const { user } = renderWithProviders(
      <MemberStatusMenu orgSlug="demo" member={aMember({ status: "pending" })} />,
    );

    expect(await openMenu(user)).toEqual(["Active", "Dropped"]);
  });

  it("offers an active seat every way out, and not active again", async () => {
    mockFetch({});
    const { user } = renderWithProviders(
      <MemberStatusMenu orgSlug="demo" member={aMember({ status: "active" })} />,
    );

    expect(await openMenu(user)).toEqual(["On leave", "Late", "Suspended", "Dropped", "Expired"]);
  });

  it("shows the server's reason when it refuses a move", async () => {
    const held = "Sam Lee already holds this category in the chapter.";
    const fetch = mockFetch({
      [STATUS]: {
        status: 409,
        body: {
          type: "https://docs.example/errors/conflict",
          title: "Conflict",
          status: 409,
          detail: held,
          errors: { category: [held] },
        },
      },
    });
    const { user } = renderWithProviders(
      <MemberStatusMenu orgSlug="demo" member={aMember({ status: "pending" })} />,
    );

    await openMenu(user);
    await user.click(screen.getByRole("menuitem", { name: "Active" }));

    expect(await screen.findByText(held)).toBeInTheDocument();
    expect(screen.getByText("Status not changed")).toBeInTheDocument();
    expect(await sentBodies(fetch, STATUS)).toEqual([{ status: "active" }]);
  });

  it("asks before dropping a member, then drops them", async () => {
    const fetch = mockFetch({
      [STATUS]: { status: 200, body: aMember({ status: "dropped" }) },
    });
    const { user } = renderWithProviders(
      <MemberStatusMenu orgSlug="demo" member={aMember({ status: "active" })} />,
    );

    await openMenu(user);
    await user.click(screen.getByRole("menuitem", { name: "Dropped" }));

    const dialog = await screen.findByRole("dialog", { name: "Drop Dana Reyes?" });
    expect(await sentBodies(fetch, STATUS)).toEqual([]);
    await user.click(within(dialog).getByRole("button", { name: "Drop" }));

    expect(await screen.findByText("Dana Reyes is now dropped.")).toBeInTheDocument();
    expect(await sentBodies(fetch, STATUS)).toEqual([{ status: "dropped" }]);
  });

  it("keeps the dialog open with the server's reason when a confirmed move is refused", async () => {
    const refused = "A seat cannot go from active to expired.";
    mockFetch({
      [STATUS]: {
        status: 409,
        body: { type: "x", title: "Conflict", status: 409, detail: refused },
      },
    });
    const { user } = renderWithProviders(
      <MemberStatusMenu orgSlug="demo" member={aMember({ status: "active" })} />,
    );

    await openMenu(user);
    await user.click(screen.getByRole("menuitem", { name: "Expired" }));
    const dialog = await screen.findByRole("dialog", { name: "Mark Dana Reyes's seat as expired?" });
    await user.click(within(dialog).getByRole("button", { name: "Mark expired" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(refused);
  });
});
