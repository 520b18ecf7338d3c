import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import CategoriesRoute from "./categories";

function me(scopes: string[]) {
  return {
    status: 200,
    body: {
      id: "u1",
      email: "someone@demo.example.com",
      name: "Someone",
      organizations: [
        { id: "o1", slug: "demo", name: "Demo Network", role: "staff", region: null, scopes },
      ],
    },
  };
}
const dentist = { id: "k1", name: "Dentist", specialties: ["Orthodontics"], is_active: true };
const typist = { id: "k2", name: "Typist", specialties: [], is_active: false };
const categories = {
  status: 200,
  body: { next: null, previous: null, results: [dentist, typist] },
};
const taken = "A category with this name already exists in the organization.";
const routes = [{ path: "/app/:orgSlug/categories", element: <CategoriesRoute /> }];

describe("CategoriesRoute", () => {
  it("adds a category with its specialties, and shows a taken name on the name field", async () => {
    const fetch = mockFetch({
      "GET /api/v1/me": me(["categories:read", "categories:write"]),
      "GET /api/v1/orgs/demo/categories/": categories,
      "POST /api/v1/orgs/demo/categories/": {
        status: 409,
        body: { type: "x", title: "Conflict", status: 409, detail: taken, errors: { name: [taken] } },
      },
    });
    const { user } = renderRoutes(routes, "/app/demo/categories");

    await user.type(await screen.findByLabelText("Category name", { exact: false }), "dentist");
    await user.type(screen.getByLabelText("Specialties"), "Implants{Enter}");
    await user.click(screen.getByRole("button", { name: "Add category" }));

    expect(await screen.findByText(taken)).toBeInTheDocument();
    expect(screen.getByLabelText("Category name", { exact: false })).toHaveAccessibleDescription(
      taken,
    );
    expect(await sentBodies(fetch, "POST /api/v1/orgs/demo/categories/")).toEqual([
      { name: "dentist", specialties: ["Implants"] },
    ]);
  });

  it("deactivates a category and brings a retired one back", async () => {
    const fetch = mockFetch({
      "GET /api/v1/me": me(["categories:read", "categories:write"]),
      "GET /api/v1/orgs/demo/categories/": categories,
      "PATCH /api/v1/orgs/demo/categories/k1/": {
        status: 200,
        body: { ...dentist, is_active: false },
      },
      "PATCH /api/v1/orgs/demo/categories/k2/": { status: 200, body: { ...typist, is_active: true } },
    });
    const { user } = renderRoutes(routes, "/app/demo/categories");

    await user.click(await screen.findByRole("button", { name: "Deactivate Dentist" }));
    expect(
      await screen.findByText("Dentist was deactivated. Members who hold it keep it."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Reactivate Typist" }));
    expect(await screen.findByText("Typist is offered again.")).toBeInTheDocument();

    expect(await sentBodies(fetch, "PATCH /api/v1/orgs/demo/categories/k1/")).toEqual([
      { is_active: false },
    ]);
    expect(await sentBodies(fetch, "PATCH /api/v1/orgs/demo/categories/k2/")).toEqual([
      { is_active: true },
    ]);
  });

  it("renames a category in its own dialog", async () => {
    const fetch = mockFetch({
      "GET /api/v1/me": me(["categories:read", "categories:write"]),
      "GET /api/v1/orgs/demo/categories/": categories,
      "PATCH /api/v1/orgs/demo/categories/k1/": {
        status: 200,
        body: { ...dentist, name: "Dental surgeon" },
      },
    });
    const { user } = renderRoutes(routes, "/app/demo/categories");

    await user.click(await screen.findByRole("button", { name: "Edit Dentist" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit Dentist" });
    const name = within(dialog).getByLabelText("Category name", { exact: false });
    await user.clear(name);
    await user.type(name, "Dental surgeon");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Dental surgeon was saved.")).toBeInTheDocument();
    expect(await sentBodies(fetch, "PATCH /api/v1/orgs/demo/categories/k1/")).toEqual([
      { name: "Dental surgeon", specialties: ["Orthodontics"] },
    ]);
  });

  it("shows the list without controls to those who may only read it", async () => {
    mockFetch({
      "GET /api/v1/me": me(["categories:read"]),
      "GET /api/v1/orgs/demo/categories/": categories,
    });
    renderRoutes(routes, "/app/demo/categories");

    expect(await screen.findByText("Orthodontics")).toBeInTheDocument();
    expect(screen.getByText("Inactive")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Add category" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Edit Dentist" })).not.toBeInTheDocument();
  });
});
