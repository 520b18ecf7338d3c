import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { paths } from "@/config/paths";
import { withNext } from "@/lib/next";
import { mockFetch } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import SignupRoute from "./signup";
import VerifyEmailRoute from "./verify-email";
import VerifyEmailNoticeRoute from "./verify-email-notice";

const INVITATION = "/app/invitations/demo/tok3n";
const routes = [
  { path: "/app/auth/signup", element: <SignupRoute /> },
  { path: "/app/auth/verify-email", element: <VerifyEmailNoticeRoute /> },
  { path: "/app/auth/verify-email/:key", element: <VerifyEmailRoute /> },
  { path: "/app/auth/login", element: <p>Log in page</p> },
  { path: "/app/invitations/:orgSlug/:token", element: <p>The invitation</p> },
  { path: "/", element: <p>Start page</p> },
];
const verifyPending = {
  status: 401,
  body: {
    status: 401,
    data: { flows: [{ id: "verify_email", is_pending: true }] },
    meta: { is_authenticated: false },
  },
};
const verification = {
  status: 200,
  body: { status: 200, data: { email: "new@example.com" }, meta: { is_authenticating: true } },
};
const signedIn = {
  status: 200,
  body: {
    status: 200,
    data: { user: { id: 1, email: "new@example.com" }, flows: [] },
    meta: { is_authenticated: true },
  },
};

async function signUpFromTheInvitation() {
  const { user, router, unmount } = renderRoutes(
    routes,
    withNext(paths.auth.signup, INVITATION),
  );
  await user.type(screen.getByLabelText("Email", { exact: false }), "new@example.com");
  await user.type(screen.getByLabelText("Password", { exact: false }), "a long pass phrase 42");
  await user.click(screen.getByRole("button", { name: "Sign up" }));
  expect(await screen.findByText("Check your inbox")).toBeInTheDocument();
  expect(router.state.location.search).toBe(`?next=${encodeURIComponent(INVITATION)}`);
  // The email's link opens a new page: nothing of this one survives but the browser's storage.
  unmount();
}

afterEach(() => localStorage.clear());

describe("the invitation link through sign-up and email verification", () => {
  it("leads back to the invitation once the email is confirmed, from a fresh page", async () => {
    mockFetch({
      "POST /_allauth/browser/v1/auth/signup": verifyPending,
      "GET /_allauth/browser/v1/auth/email/verify": verification,
      "POST /_allauth/browser/v1/auth/email/verify": signedIn,
    });
    await signUpFromTheInvitation();

    const { user, router } = renderRoutes(routes, paths.auth.verifyEmail("k3y"));
    await user.click(await screen.findByRole("button", { name: "Confirm email" }));

    expect(await screen.findByText("The invitation")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(INVITATION);
  });

  it("carries it to the login when the confirming browser is not signed in", async () => {
    mockFetch({
      "POST /_allauth/browser/v1/auth/signup": verifyPending,
      "GET /_allauth/browser/v1/auth/email/verify": verification,
      "POST /_allauth/browser/v1/auth/email/verify": {
        status: 401,
        body: { status: 401, data: { flows: [{ id: "login" }] }, meta: { is_authenticated: false } },
      },
    });
    await signUpFromTheInvitation();

    const { user } = renderRoutes(routes, paths.auth.verifyEmail("k3y"));
    await user.click(await screen.findByRole("button", { name: "Confirm email" }));

    expect(await screen.findByRole("link", { name: "Go to log in" })).toHaveAttribute(
      "href",
      `/app/auth/login?next=${encodeURIComponent(INVITATION)}`,
    );
  });

  it("goes to the start page when the sign-up had no next", async () => {
    mockFetch({
      "GET /_allauth/browser/v1/auth/email/verify": verification,
      "POST /_allauth/browser/v1/auth/email/verify": signedIn,
    });
    const { user } = renderRoutes(routes, paths.auth.verifyEmail("k3y"));
    await user.click(await screen.findByRole("button", { name: "Confirm email" }));

    expect(await screen.findByText("Start page")).toBeInTheDocument();
  });
});
