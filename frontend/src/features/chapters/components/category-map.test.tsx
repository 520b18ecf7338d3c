import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import { CategoryMap } from "./category-map";

const entries = [
  {
    category: "k1",
    category_name: "Accountant",
    holder: { id: "m1", name: "Ada Byron", business_name: "Byron Books", status: "active" },
  },
  { category: "k2", category_name: "Architect", holder: null },
  {
    category: "k3",
    category_name: "Dentist",
    holder: { id: "m2", name: "Dana Reyes", business_name: "Reyes Dental", status: "on_leave" },
  },
  { category: "k4", category_name: "Florist", holder: null },
  { category: "k5", category_name: "Plumber", holder: null },
];

describe("CategoryMap", () => {
  it("counts the filled and open categories and names each holder", async () => {
    mockFetch({
      "GET /api/v1/orgs/demo/chapters/c1/category-map": { status: 200, body: entries },
    });
    renderWithProviders(<CategoryMap orgSlug="demo" chapterId="c1" />);

    expect(await screen.findByText("2 filled, 3 open")).toBeInTheDocument();
    expect(screen.getByText("Byron Books")).toBeInTheDocument();
    // A holder who is not active says so.
    expect(screen.getByText("On leave")).toBeInTheDocument();
    expect(screen.getAllByText("Open")).toHaveLength(3);
  });

  it("shows only the open categories as the most wanted", async () => {
    mockFetch({
      "GET /api/v1/orgs/demo/chapters/c1/category-map": { status: 200, body: entries },
    });
    const { user } = renderWithProviders(<CategoryMap orgSlug="demo" chapterId="c1" />);

    expect(await screen.findByText("Accountant")).toBeInTheDocument();
    await user.click(screen.getByRole("switch", { name: /Most wanted/ }));

    expect(screen.queryByText("Accountant")).not.toBeInTheDocument();
    expect(screen.queryByText("Dana Reyes")).not.toBeInTheDocument();
    expect(screen.getByText("Architect")).toBeInTheDocument();
    expect(screen.getByText("Florist")).toBeInTheDocument();
    expect(screen.getByText("Plumber")).toBeInTheDocument();
    // The counts stay those of the whole chapter.
    expect(screen.getByText("2 filled, 3 open")).toBeInTheDocument();

    await user.click(screen.getByRole("switch", { name: /Most wanted/ }));
    expect(screen.getByText("Accountant")).toBeInTheDocument();
  });
});
