import { screen } from "@testing-library/react";
import { useSearchParams } from "react-router";
import { describe, expect, it } from "vitest";

import { mockFetch } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { RequireAuth } from "./require-auth";
import { RootLayout } from "./root-layout";

function LoginStandIn() {
  const [params] = useSearchParams();
  return <p>Login page, next={params.get("next")}</p>;
}

const notSignedIn = {
  status: 401,
  body: {
    type: "https://docs.networking-groups.example/errors/not-authenticated",
    title: "Not authenticated",
    status: 401,
    detail: "Authentication credentials were not provided.",
  },
};

const routes = [
  {
    element: <RootLayout />,
    children: [
      { path: "/app/auth/login", element: <LoginStandIn /> },
      {
        path: "/app/:orgSlug/people",
        element: (
          <RequireAuth>
            <p>People of the organization</p>
          </RequireAuth>
        ),
      },
    ],
  },
];

describe("RequireAuth", () => {
  it("sends a signed-out person to log in, remembering where they were", async () => {
    mockFetch({ "GET /api/v1/me": notSignedIn });
    renderRoutes(routes, "/app/demo/people?role=admin");

    expect(
      await screen.findByText("Login page, next=/app/demo/people?role=admin"),
    ).toBeInTheDocument();
    expect(screen.queryByText("People of the organization")).not.toBeInTheDocument();
  });

  it("lets a signed-in person through", async () => {
    mockFetch({
      "GET /api/v1/me": {
        status: 200,
        body: { id: "u1", email: "owner@demo.example.com", name: "Olive", organizations: [] },
      },
    });
    renderRoutes(routes, "/app/demo/people");

    expect(await screen.findByText("People of the organization")).toBeInTheDocument();
  });

  it("shows a server error instead of a blank page", async () => {
    mockFetch({ "GET /api/v1/me": { status: 500, body: "<html>oops</html>" } });
    renderRoutes(routes, "/app/demo/people");

    expect(
      await screen.findByText("Something went wrong on our side. Please try again in a moment."),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
