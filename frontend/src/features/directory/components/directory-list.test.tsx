import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { mockFetch } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import { DirectoryList } from "./directory-list";

function seat(id: string, chapter: string, name: string, business: string, category: string) {
  return {
    id,
    chapter,
    user: null,
    name,
    business_name: business,
    category: `cat-${id}`,
    category_name: category,
    phone: "",
    website: "",
    bio: "",
    interests: [],
    joined_on: null,
    term_years: 1,
    renewal_on: null,
    sponsor: null,
    status: "active",
    created_at: "2025-01-01T00:00:00Z",
    updated_at: "2025-01-01T00:00:00Z",
  };
}

const dana = {
  ...seat("m1", "c1", "Dana Reyes", "Reyes Dental", "Dentist"),
  phone: "(555) 010-0100",
  website: "https://reyes-dental.example.com/",
  interests: ["Sailing", "Jazz"],
};
const sam = seat("m2", "c2", "Sam Lee", "Lee Plumbing", "Plumber");
const ada = seat("m3", "c1", "Ada Byron", "Byron Books", "Accountant");
const page = (results: unknown[]) => ({
  status: 200,
  body: { next: null, previous: null, results },
});

function mockDirectoryApi() {
  return mockFetch({
    "GET /api/v1/orgs/demo/members/": (request) => {
      const query = new URL(request.url).searchParams;
      // The directory lists active seats only.
      if (query.get("status") !== "active") return { status: 400 };
      if (query.get("chapter") === "c1") return page([ada, dana]);
      return page([ada, dana, sam]);
    },
    "GET /api/v1/orgs/demo/chapters/": page([
      { id: "c1", name: "Downtown Breakfast" },
      { id: "c2", name: "Harbour Lunch" },
    ]),
  });
}

const names = () =>
  screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent);

describe("DirectoryList", () => {
  it("shows how to reach each member and what they care about", async () => {
    mockDirectoryApi();
    renderWithProviders(<DirectoryList orgSlug="demo" />);

    const card = (await screen.findByRole("heading", { name: "Dana Reyes" })).closest("article");
    expect(card).not.toBeNull();
    const inCard = within(card as HTMLElement);
    expect(inCard.getByText("Reyes Dental")).toBeInTheDocument();
    expect(await inCard.findByText("Dentist · Downtown Breakfast")).toBeInTheDocument();
    expect(inCard.getByRole("link", { name: "(555) 010-0100" })).toHaveAttribute(
      "href",
      "tel:5550100100",
    );
    expect(inCard.getByRole("link", { name: "reyes-dental.example.com" })).toHaveAttribute(
      "href",
      "https://reyes-dental.example.com/",
    );
    expect(inCard.getByText("Sailing")).toBeInTheDocument();
    expect(inCard.getByText("Jazz")).toBeInTheDocument();
  });

  it("finds members by name, business or category as one types", async () => {
    mockDirectoryApi();
    const { user } = renderWithProviders(<DirectoryList orgSlug="demo" />);

    expect(await screen.findByRole("heading", { name: "Sam Lee" })).toBeInTheDocument();
    const search = screen.getByRole("searchbox", { name: "Search" });

    await user.type(search, "plumb");
    expect(names()).toEqual(["Sam Lee"]);

    await user.clear(search);
    await user.type(search, "books");
    expect(names()).toEqual(["Ada Byron"]);

    await user.clear(search);
    await user.type(search, "dana");
    expect(names()).toEqual(["Dana Reyes"]);
    expect(screen.getByText("1 of 3 members match.")).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, "florist");
    expect(screen.queryByRole("heading", { level: 2 })).not.toBeInTheDocument();
    expect(screen.getByText("Nobody matches")).toBeInTheDocument();
  });

  it("narrows the list to one chapter", async () => {
    mockDirectoryApi();
    const { user } = renderWithProviders(<DirectoryList orgSlug="demo" />);

    expect(await screen.findByRole("heading", { name: "Sam Lee" })).toBeInTheDocument();
    await user.click(screen.getByRole("combobox", { name: "Chapter" }));
    await user.click(await screen.findByRole("option", { name: "Downtown Breakfast" }));

    await vi.waitFor(() => expect(names()).toEqual(["Ada Byron", "Dana Reyes"]));
  });
});
