import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import { Roster } from "./roster";
import { aMember } from "./test-data";

const dana = aMember();
const sam = aMember({
  id: "m2",
  name: "Sam Lee",
  business_name: "Lee Plumbing",
  category: "cat-plumber",
  category_name: "Plumber",
  phone: "+1 555 0199",
  status: "late",
});
const page = (results: unknown[]) => ({
  status: 200,
  body: { next: null, previous: null, results },
});
const categories = page([
  { id: "cat-dentist", name: "Dentist", specialties: [], is_active: true },
  { id: "cat-plumber", name: "Plumber", specialties: [], is_active: true },
  { id: "cat-florist", name: "Florist", specialties: [], is_active: true },
  { id: "cat-old", name: "Typist", specialties: [], is_active: false },
]);

const HELD = "Sam Lee already holds this category in the chapter.";

function mockRosterApi() {
  return mockFetch({
    "GET /api/v1/orgs/demo/members/": (request) => {
      const query = new URL(request.url).searchParams;
      if (query.get("chapter") !== "c1") return { status: 400 };
      return query.get("status") === "late" ? page([sam]) : page([dana, sam]);
    },
    "GET /api/v1/orgs/demo/categories/": categories,
    "PATCH /api/v1/orgs/demo/members/m1/": {
      status: 409,
      body: {
        type: "https://docs.example/errors/conflict",
        title: "Conflict",
        status: 409,
        detail: HELD,
        errors: { category: [HELD] },
      },
    },
    "POST /api/v1/orgs/demo/members/": {
      status: 201,
      body: aMember({ id: "m3", name: "Lee Chan", status: "pending" }),
    },
  });
}

describe("Roster", () => {
  it("lists the chapter's seats and filters them by status", async () => {
    mockRosterApi();
    const { user } = renderWithProviders(<Roster orgSlug="demo" chapterId="c1" canEdit />);

    const table = await screen.findByRole("table");
    expect(within(table).getByText("Dana Reyes")).toBeInTheDocument();
    expect(within(table).getByText("Lee Plumbing")).toBeInTheDocument();
    expect(within(table).getByText("Late")).toBeInTheDocument();
    expect(within(table).getByRole("link", { name: "+1 555 0100" })).toHaveAttribute(
      "href",
      "tel:+15550100",
    );

    await user.click(screen.getByRole("combobox", { name: "Status" }));
    await user.click(await screen.findByRole("option", { name: "Late" }));

    expect(await screen.findByRole("button", { name: "Edit Sam Lee" })).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.queryByText("Dana Reyes")).not.toBeInTheDocument());
  });

  it("adds a member to the chapter as pending", async () => {
    const fetch = mockRosterApi();
    const { user } = renderWithProviders(<Roster orgSlug="demo" chapterId="c1" canEdit />);

    await user.click(await screen.findByRole("button", { name: "Add member" }));
    const dialog = await screen.findByRole("dialog", { name: "Add a member" });
    await user.type(within(dialog).getByLabelText(/^Name/), "Lee Chan");
    await user.type(within(dialog).getByLabelText("Business name"), "Chan Flowers");
    await user.click(within(dialog).getByRole("combobox", { name: "Category" }));
    // A retired category is not offered.
    expect(screen.queryByRole("option", { name: "Typist" })).not.toBeInTheDocument();
    await user.click(await screen.findByRole("option", { name: "Florist" }));
    await user.type(within(dialog).getByLabelText("Interests", { exact: false }), "Golf{Enter}");
    await user.click(within(dialog).getByRole("radio", { name: "2 years" }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Lee Chan was added as pending.")).toBeInTheDocument();
    expect(await sentBodies(fetch, "POST /api/v1/orgs/demo/members/")).toEqual([
      {
        chapter: "c1",
        name: "Lee Chan",
        business_name: "Chan Flowers",
        category: "cat-florist",
        phone: "",
        website: "",
        bio: "",
        interests: ["Golf"],
        joined_on: null,
        term_years: 2,
        renewal_on: null,
        sponsor: null,
      },
    ]);
  });

  it("shows a category held by someone else on the category field", async () => {
    const fetch = mockRosterApi();
    const { user } = renderWithProviders(<Roster orgSlug="demo" chapterId="c1" canEdit />);

    await user.click(await screen.findByRole("button", { name: "Edit Dana Reyes" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit Dana Reyes" });
    expect(within(dialog).getByLabelText(/^Name/)).toHaveValue("Dana Reyes");
    await user.click(within(dialog).getByRole("combobox", { name: "Category" }));
    await user.click(await screen.findByRole("option", { name: "Plumber" }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    expect(await within(dialog).findByText(HELD)).toBeInTheDocument();
    expect(within(dialog).getByRole("combobox", { name: "Category" })).toHaveAccessibleDescription(
      expect.stringContaining(HELD) as string,
    );
    expect(await sentBodies(fetch, "PATCH /api/v1/orgs/demo/members/m1/")).toEqual([
      expect.objectContaining({ name: "Dana Reyes", category: "cat-plumber" }),
    ]);
  });

  it("stacks the seats as cards on a phone, without a wide table", async () => {
    vi.spyOn(window, "matchMedia").mockImplementation(
      (query: string) =>
        ({
          matches: query === "(max-width: 36em)",
          media: query,
          onchange: null,
          addListener: vi.fn(),
          removeListener: vi.fn(),
          addEventListener: vi.fn(),
          removeEventListener: vi.fn(),
          dispatchEvent: vi.fn(),
        }) as MediaQueryList,
    );
    mockRosterApi();
    renderWithProviders(<Roster orgSlug="demo" chapterId="c1" canEdit />);

    expect(await screen.findByText("Dana Reyes")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Change status of Sam Lee" })).toBeInTheDocument();
  });

  it("shows the roster without controls to those who may only read it", async () => {
    mockRosterApi();
    renderWithProviders(<Roster orgSlug="demo" chapterId="c1" canEdit={false} />);

    expect(await screen.findByText("Dana Reyes")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Add member" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Edit Dana Reyes" })).not.toBeInTheDocument();
  });

  it("marks the seats held past their renewal date", async () => {
    mockFetch({
      "GET /api/v1/orgs/demo/members/": page([
        aMember({ renewal_on: "2020-01-15" }),
        aMember({ id: "m2", name: "Sam Lee", status: "active", renewal_on: "2999-01-15" }),
        aMember({ id: "m3", name: "Lee Chan", status: "dropped", renewal_on: "2020-01-15" }),
      ]),
      "GET /api/v1/orgs/demo/categories/": categories,
    });
    renderWithProviders(<Roster orgSlug="demo" chapterId="c1" canEdit={false} />);

    const overdue = await screen.findAllByText(/Renewal overdue/);
    expect(overdue).toHaveLength(1);
    // Dana's seat is held past its date; Lee's dropped seat renews nothing.
    expect(overdue[0]).toHaveTextContent(/2020 · Renewal overdue/);
  });
});
