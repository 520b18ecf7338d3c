import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import SecurityRoute from "./security";

const BASE = "/_allauth/browser/v1";
const SECRET = "JBSWY3DPEHPK3PXP";

describe("Security page", () => {
  it("turns on two-factor login, asking for the password again when needed", async () => {
    let totpOn = false;
    let activationAttempts = 0;
    const fetch = mockFetch({
      [`GET ${BASE}/account/authenticators`]: () => ({
        status: 200,
        body: { status: 200, data: totpOn ? [{ type: "totp", created_at: 1, last_used_at: null }] : [] },
      }),
      [`GET ${BASE}/account/authenticators/totp`]: {
        status: 404,
        body: {
          status: 404,
          meta: {
            secret: SECRET,
            totp_url: `otpauth://totp/Networking%20Groups:owner%40demo.example.com?secret=${SECRET}`,
          },
        },
      },
      [`POST ${BASE}/account/authenticators/totp`]: () => {
        activationAttempts += 1;
        if (activationAttempts === 1) {
          return {
            status: 401,
            body: {
              status: 401,
              data: { flows: [{ id: "reauthenticate" }, { id: "mfa_reauthenticate" }] },
              meta: { is_authenticated: true },
            },
          };
        }
        totpOn = true;
        return { status: 200, body: { status: 200, data: { type: "totp" } } };
      },
      [`POST ${BASE}/auth/reauthenticate`]: {
        status: 200,
        body: { status: 200, data: {}, meta: { is_authenticated: true } },
      },
      [`GET ${BASE}/account/authenticators/recovery-codes`]: {
        status: 200,
        body: { status: 200, data: { type: "recovery_codes", unused_codes: ["1a2b-3c4d", "5e6f-7a8b"] } },
      },
    });
    const { user } = renderWithProviders(<SecurityRoute />);

    expect(await screen.findByText("Off")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Set up two-factor authentication" }));
    expect(await screen.findByTestId("totp-secret")).toHaveTextContent(SECRET);

    await user.type(screen.getByLabelText("Authentication code", { exact: false }), "123456");
    await user.click(screen.getByRole("button", { name: "Activate" }));

    const dialog = await screen.findByRole("dialog", { name: "Confirm it's you" });
    await user.type(within(dialog).getByLabelText("Password", { exact: false }), "correct horse");
    await user.click(within(dialog).getByRole("button", { name: "Confirm" }));

    expect(await screen.findByRole("heading", { name: "Recovery codes" })).toBeInTheDocument();
    expect(screen.getByTestId("recovery-codes")).toHaveTextContent("1a2b-3c4d");
    expect(await screen.findByText("On")).toBeInTheDocument();
    expect(await sentBodies(fetch, `POST ${BASE}/account/authenticators/totp`)).toEqual([
      { code: "123456" },
      { code: "123456" },
    ]);
    expect(await sentBodies(fetch, `POST ${BASE}/auth/reauthenticate`)).toEqual([
      { password: "correct horse" },
    ]);
  });

  it("shows a wrong code next to the code field", async () => {
    mockFetch({
      [`GET ${BASE}/account/authenticators`]: { status: 200, body: { status: 200, data: [] } },
      [`GET ${BASE}/account/authenticators/totp`]: {
        status: 404,
        body: { status: 404, meta: { secret: SECRET, totp_url: `otpauth://totp/x?secret=${SECRET}` } },
      },
      [`POST ${BASE}/account/authenticators/totp`]: {
        status: 400,
        body: {
          status: 400,
          errors: [{ code: "incorrect_code", param: "code", message: "Incorrect code." }],
        },
      },
    });
    const { user } = renderWithProviders(<SecurityRoute />);

    await user.click(
      await screen.findByRole("button", { name: "Set up two-factor authentication" }),
    );
    await user.type(
      await screen.findByLabelText("Authentication code", { exact: false }),
      "000000",
    );
    await user.click(screen.getByRole("button", { name: "Activate" }));

    expect(await screen.findByText("Incorrect code.")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Recovery codes" })).not.toBeInTheDocument();
  });
});
