import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { mockFetch, sentBodies, sentQueries } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import { PeopleTable } from "./people-table";

const dana = {
  id: "p2",
  user: { id: "u2", email: "dana@demo.example.com", name: "Dana" },
  role: "member",
  region: null,
  created_at: "2025-01-01T00:00:00Z",
  updated_at: "2025-01-01T00:00:00Z",
};
const olive = {
  ...dana,
  id: "p1",
  user: { id: "u1", email: "olive@demo.example.com", name: "Olive" },
  role: "owner",
};
const north = {
  id: "r1",
  name: "North",
  created_at: "2025-01-01T00:00:00Z",
  updated_at: "2025-01-01T00:00:00Z",
};

function mockPeopleApi() {
  return mockFetch({
    "GET /api/v1/orgs/demo/people/": {
      status: 200,
      body: { next: null, previous: null, results: [olive, dana] },
    },
    "GET /api/v1/orgs/demo/regions/": {
      status: 200,
      body: { next: null, previous: null, results: [north] },
    },
    "PATCH /api/v1/orgs/demo/people/p2/": {
      status: 200,
      body: { ...dana, role: "region_director", region: "r1" },
    },
  });
}

describe("PeopleTable", () => {
  it("makes someone a region director only once a region is chosen", async () => {
    const fetch = mockPeopleApi();
    const { user } = renderWithProviders(
      <PeopleTable orgSlug="demo" canEdit viewerRole="owner" viewerUserId="u1" />,
    );

    await user.click(await screen.findByRole("combobox", { name: "Role of Dana" }));
    await user.click(await screen.findByRole("option", { name: "Region director" }));

    expect(screen.getByText("A region director needs a region.")).toBeInTheDocument();
    expect(await sentBodies(fetch, "PATCH /api/v1/orgs/demo/people/p2/")).toEqual([]);

    await user.click(screen.getByRole("combobox", { name: "Region of Dana" }));
    await user.click(await screen.findByRole("option", { name: "North" }));

    await screen.findByText("Dana is now region director.");
    expect(await sentBodies(fetch, "PATCH /api/v1/orgs/demo/people/p2/")).toEqual([
      { role: "region_director", region: "r1" },
    ]);
  });

  it("lets staff read the list without controls", async () => {
    mockPeopleApi();
    renderWithProviders(
      <PeopleTable orgSlug="demo" canEdit={false} viewerRole="staff" viewerUserId="u9" />,
    );

    expect(await screen.findByText("Dana")).toBeInTheDocument();
    expect(screen.queryByRole("combobox", { name: "Role of Dana" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Remove Dana" })).not.toBeInTheDocument();
  });

  it("lets an admin manage people but neither touch an owner nor grant the owner role", async () => {
    mockPeopleApi();
    const { user } = renderWithProviders(
      <PeopleTable orgSlug="demo" canEdit viewerRole="admin" viewerUserId="u9" />,
    );

    expect(await screen.findByRole("button", { name: "Remove Dana" })).toBeInTheDocument();
    expect(screen.queryByRole("combobox", { name: "Role of Olive" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Remove Olive" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("combobox", { name: "Role of Dana" }));
    expect(await screen.findByRole("option", { name: "Admin" })).toBeInTheDocument();
    expect(screen.queryByRole("option", { name: "Owner" })).not.toBeInTheDocument();
  });

  it("offers a labelled Remove on others' rows, never on one's own", async () => {
    mockPeopleApi();
    renderWithProviders(<PeopleTable orgSlug="demo" canEdit viewerRole="owner" viewerUserId="u1" />);

    const remove = await screen.findByRole("button", { name: "Remove Dana" });
    expect(remove).toHaveTextContent("Remove");
    expect(screen.getByText("(you)")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Remove Olive" })).not.toBeInTheDocument();
  });

  it("searches people by name or email", async () => {
    const fetch = mockPeopleApi();
    const { user } = renderWithProviders(
      <PeopleTable orgSlug="demo" canEdit viewerRole="owner" viewerUserId="u1" />,
    );

    const search = await screen.findByRole("searchbox", { name: "Search" });
    await user.type(search, "dan");

    await vi.waitFor(() =>
      expect(sentQueries(fetch, "GET /api/v1/orgs/demo/people/")).toContainEqual({ search: "dan" }),
    );
    expect(search).toHaveFocus();
  });

  it("shows cards on a phone, with nothing to scroll sideways", async () => {
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
      mockPeopleApi();
      renderWithProviders(
        <PeopleTable orgSlug="demo" canEdit viewerRole="owner" viewerUserId="u1" />,
      );

      const list = await screen.findByRole("list", { name: "People" });
      const dana = within(list).getByRole("listitem", { name: "Dana" });
      expect(within(dana).getByRole("button", { name: "Remove Dana" })).toBeInTheDocument();
      expect(screen.queryByRole("table")).toBeNull();
    } finally {
      if (wide) matchMedia.mockImplementation(wide);
    }
  });
});
