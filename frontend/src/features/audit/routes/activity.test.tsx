import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch, signedIn } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import ActivityRoute from "./activity";

const event = {
  id: "e1",
  actor: { id: "u1", email: "owner@demo.example.com", name: "Olivia Owner" },
  action: "application.approved",
  target_type: "groups.application",
  target_id: "2f1c0c5e-0000-4000-8000-000000000001",
  target_name: "Uma Novak",
  changes: [{ field: "status", before: "applied", after: "approved" }],
  before: { status: "applied" },
  after: { status: "approved" },
  ip: null,
  created_at: "2026-03-02T10:00:00Z",
};

describe("the activity log", () => {
  it("names who acted on what and says what changed, without raw ids", async () => {
    mockFetch({
      "GET /api/v1/me": signedIn(["organization:read", "audit:read"]),
      "GET /api/v1/orgs/demo/audit-events/": {
        status: 200,
        body: { next: null, previous: null, results: [event] },
      },
    });
    const { container } = renderRoutes(
      [{ path: "/app/:orgSlug/activity", element: <ActivityRoute /> }],
      "/app/demo/activity",
    );

    expect(await screen.findByText("Olivia Owner")).toBeInTheDocument();
    expect(screen.getByText("Uma Novak")).toBeInTheDocument();
    expect(screen.getByText("status: applied → approved")).toBeInTheDocument();
    expect(container).not.toHaveTextContent(event.target_id);
    // Nothing scrolls sideways that a keyboard could not reach.
    expect(container.querySelector(".mantine-Table-scrollContainer")).toBeNull();
  });
});
