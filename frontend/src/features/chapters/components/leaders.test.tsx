import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { todayIn } from "@/lib/calendar";
import { mockFetch, requests, sentBodies } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import { Leaders } from "./leaders";
import { aChapter, aChapterRole, aMember } from "./test-data";

const ROLES = "/api/v1/orgs/demo/chapters/c1/roles/";
const OVERLAP = "Sam Lee is already Vice president for an overlapping term.";
const chapter = aChapter();
const president = aChapterRole({
  id: "r2",
  member: "m2",
  member_name: "Sam Lee",
  role: "president",
});
const vicePresident = aChapterRole();

function mockLeadersApi(extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    [`GET ${ROLES}`]: (request) => {
      if (new URL(request.url).searchParams.get("current") !== "true") return { status: 400 };
      return { status: 200, body: [vicePresident, president] };
    },
    "GET /api/v1/orgs/demo/members/": (request) => {
      const query = new URL(request.url).searchParams;
      if (query.get("chapter") !== "c1" || query.get("status") !== "active") return { status: 400 };
      return {
        status: 200,
        body: {
          next: null,
          previous: null,
          results: [aMember(), aMember({ id: "m2", name: "Sam Lee" })],
        },
      };
    },
    ...extra,
  });
}

describe("Leaders", () => {
  beforeEach(() => notifications.clean());

  it("lists the leaders of today by role, with their terms", async () => {
    mockLeadersApi();
    renderWithProviders(<Leaders orgSlug="demo" chapter={chapter} canEdit={false} />);

    const list = await screen.findByRole("list", { name: "Leaders" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => item.getAttribute("aria-label"))).toEqual([
      "President: Sam Lee",
      "Vice president: Dana Reyes",
    ]);
    expect(items[1]).toHaveTextContent(/2026.*–.*2026/);
    expect(screen.queryByRole("button", { name: "Assign role" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /End the term/ })).not.toBeInTheDocument();
  });

  it("shows an overlapping term on the role field", async () => {
    const fetch = mockLeadersApi({
      [`POST ${ROLES}`]: {
        status: 409,
        body: {
          type: "x",
          title: "Conflict",
          status: 409,
          detail: OVERLAP,
          errors: { role: [OVERLAP] },
        },
      },
    });
    const { user } = renderWithProviders(<Leaders orgSlug="demo" chapter={chapter} canEdit />);

    await user.click(await screen.findByRole("button", { name: "Assign role" }));
    const dialog = await screen.findByRole("dialog", { name: "Assign a role" });
    await user.click(within(dialog).getByRole("combobox", { name: "Member" }));
    await user.click(await screen.findByRole("option", { name: "Sam Lee" }));
    await user.click(within(dialog).getByRole("combobox", { name: "Role" }));
    await user.click(await screen.findByRole("option", { name: "Vice president" }));
    await user.click(within(dialog).getByRole("button", { name: "Assign" }));

    expect(await within(dialog).findByText(OVERLAP)).toBeInTheDocument();
    expect(within(dialog).getByRole("combobox", { name: "Role" })).toHaveAccessibleDescription(
      OVERLAP,
    );
    expect(within(dialog).queryByRole("alert")).not.toBeInTheDocument();
    expect(await sentBodies(fetch, `POST ${ROLES}`)).toEqual([
      { member: "m2", role: "vice_president" },
    ]);
  });

  it("ends a term today, and removes a role given by mistake once confirmed", async () => {
    const fetch = mockLeadersApi({
      "PATCH /api/v1/orgs/demo/chapter-roles/r1/": {
        status: 200,
        body: { ...vicePresident, ends_on: todayIn("Europe/London") },
      },
      "DELETE /api/v1/orgs/demo/chapter-roles/r2/": { status: 204 },
    });
    const { user } = renderWithProviders(<Leaders orgSlug="demo" chapter={chapter} canEdit />);

    await user.click(
      await screen.findByRole("button", { name: "End the term of Dana Reyes as vice president" }),
    );
    expect(
      await screen.findByText("Dana Reyes's term as vice president ends today."),
    ).toBeInTheDocument();
    expect(await sentBodies(fetch, "PATCH /api/v1/orgs/demo/chapter-roles/r1/")).toEqual([
      { ends_on: todayIn("Europe/London") },
    ]);

    await user.click(screen.getByRole("button", { name: "Remove Sam Lee as president" }));
    const dialog = await screen.findByRole("dialog", { name: "Remove Sam Lee as president?" });
    await user.click(within(dialog).getByRole("button", { name: "Remove role" }));
    expect(await screen.findByText("Sam Lee as president was removed.")).toBeInTheDocument();
    expect(requests(fetch).map((call) => call.key)).toContain(
      "DELETE /api/v1/orgs/demo/chapter-roles/r2/",
    );
  });
});
