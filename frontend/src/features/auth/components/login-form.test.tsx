import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { EMAIL_INVALID } from "@/lib/email";
import { mockFetch, requests } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import { LoginForm } from "./login-form";

describe("LoginForm", () => {
  it("lets a keyboard user reach the show-password button with Tab", async () => {
    const { user } = renderWithProviders(
      <LoginForm onSuccess={vi.fn()} onPendingFlow={vi.fn()} />,
    );
    const password = screen.getByLabelText("Password", { exact: false });
    await user.click(password);

    await user.tab();
    expect(screen.getByRole("button", { name: "Show or hide what you typed" })).toHaveFocus();
  });

  it("shows the server's error next to the password", async () => {
    mockFetch({
      "POST /_allauth/browser/v1/auth/login": {
        status: 400,
        body: {
          status: 400,
          errors: [
            {
              code: "email_password_mismatch",
              param: "password",
              message: "The email address and/or password you specified are not correct.",
            },
          ],
        },
      },
    });
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(
      <LoginForm onSuccess={onSuccess} onPendingFlow={vi.fn()} />,
    );

    await user.type(screen.getByLabelText("Email", { exact: false }), "owner@demo.example.com");
    await user.type(screen.getByLabelText("Password", { exact: false }), "wrong password");
    await user.click(screen.getByRole("button", { name: "Log in" }));

    const message = "The email address and/or password you specified are not correct.";
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByLabelText("Password", { exact: false })).toHaveAccessibleDescription(
      message,
    );
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("checks the fields before asking the server", async () => {
    const fetch = mockFetch({});
    const { user } = renderWithProviders(<LoginForm onSuccess={vi.fn()} onPendingFlow={vi.fn()} />);

    await user.type(screen.getByLabelText("Email", { exact: false }), "not-an-address");
    await user.click(screen.getByRole("button", { name: "Log in" }));

    expect(screen.getByText(EMAIL_INVALID)).toBeInTheDocument();
    expect(screen.getByText("Enter your password.")).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("sends the CSRF token and moves on to the two-factor step", async () => {
    const fetch = mockFetch({
      "POST /_allauth/browser/v1/auth/login": {
        status: 401,
        body: {
          status: 401,
          data: { flows: [{ id: "login" }, { id: "mfa_authenticate", is_pending: true }] },
          meta: { is_authenticated: false },
        },
      },
    });
    const onPendingFlow = vi.fn();
    const { user } = renderWithProviders(
      <LoginForm onSuccess={vi.fn()} onPendingFlow={onPendingFlow} />,
    );

    await user.type(screen.getByLabelText("Email", { exact: false }), "owner@demo.example.com");
    await user.type(screen.getByLabelText("Password", { exact: false }), "correct horse");
    await user.click(screen.getByRole("button", { name: "Log in" }));

    await vi.waitFor(() => expect(onPendingFlow).toHaveBeenCalledWith("mfa_authenticate"));
    const [login] = requests(fetch);
    expect(login?.key).toBe("POST /_allauth/browser/v1/auth/login");
    expect(login?.headers.get("X-CSRFToken")).toBe("test-csrf-token");
  });
});
