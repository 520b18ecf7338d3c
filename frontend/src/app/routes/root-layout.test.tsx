import { useQuery } from "@tanstack/react-query";
import { screen } from "@testing-library/react";
import { useSearchParams } from "react-router";
import { describe, expect, it } from "vitest";

import { api, unwrap } from "@/lib/api/client";
import { mockFetch } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { RootLayout } from "./root-layout";

function LoginStandIn() {
  const [params] = useSearchParams();
  return <p>Login page, next={params.get("next")}</p>;
}

function RegionsStandIn() {
  const regions = useQuery({
    queryKey: ["demo", "regions"],
    queryFn: () =>
      unwrap(api.GET("/api/v1/orgs/{org_slug}/regions/", { params: { path: { org_slug: "demo" } } })),
  });
  return <p>{regions.isPending ? "Loading regions" : "Regions page"}</p>;
}

describe("RootLayout", () => {
  it("sends a person whose session ended mid-way to log in, then back", async () => {
    mockFetch({
      "GET /api/v1/orgs/demo/regions/": {
        status: 401,
        body: { type: "x", title: "Not authenticated", status: 401, detail: "Session expired." },
      },
    });
    renderRoutes(
      [
        {
          element: <RootLayout />,
          children: [
            { path: "/app/auth/login", element: <LoginStandIn /> },
            { path: "/app/demo/regions", element: <RegionsStandIn /> },
          ],
        },
      ],
      "/app/demo/regions?page=2",
    );

    expect(await screen.findByText("Login page, next=/app/demo/regions?page=2")).toBeInTheDocument();
  });
});
