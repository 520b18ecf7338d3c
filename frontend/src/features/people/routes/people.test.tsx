import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch, signedIn } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import PeopleRoute from "./people";

const empty = { status: 200, body: { next: null, previous: null, results: [] } };

describe("PeopleRoute", () => {
  it("offers an owner to invite someone", async () => {
    mockFetch({
      "GET /api/v1/me": signedIn(["people:read", "people:write", "members:write"], [], "owner"),
      "GET /api/v1/orgs/demo/people/": empty,
      "GET /api/v1/orgs/demo/regions/": empty,
    });
    renderRoutes([{ path: "/app/:orgSlug/people", element: <PeopleRoute /> }], "/app/demo/people");

    expect(await screen.findByRole("link", { name: "Invite someone" })).toHaveAttribute(
      "href",
      "/app/demo/invitations",
    );
  });
});
