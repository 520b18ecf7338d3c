import { describe, expect, it, vi } from "vitest";

import { AllauthError } from "./client";
import { ReauthenticationCancelled, withReauthentication } from "./reauthenticate";

const reauthenticationRequired = () =>
  new AllauthError(401, "/account/authenticators/totp", {
    status: 401,
    data: { flows: [{ id: "reauthenticate" }, { id: "mfa_reauthenticate" }] },
    meta: { is_authenticated: true },
  });

describe("withReauthentication", () => {
  it("asks for the password once and runs the action again", async () => {
    const action = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(reauthenticationRequired())
      .mockResolvedValueOnce("activated");
    const confirm = vi.fn(() => Promise.resolve());

    await expect(withReauthentication(action, confirm)).resolves.toBe("activated");
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(action).toHaveBeenCalledTimes(2);
  });

  it("does not ask when the action succeeds", async () => {
    const confirm = vi.fn(() => Promise.resolve());

    await expect(withReauthentication(() => Promise.resolve("ok"), confirm)).resolves.toBe("ok");
    expect(confirm).not.toHaveBeenCalled();
  });

  it("passes other errors through without asking", async () => {
    const wrongCode = new AllauthError(400, "/account/authenticators/totp", {
      status: 400,
      errors: [{ code: "incorrect_code", param: "code", message: "Incorrect code." }],
    });
    const confirm = vi.fn(() => Promise.resolve());

    await expect(withReauthentication(() => Promise.reject(wrongCode), confirm)).rejects.toBe(
      wrongCode,
    );
    expect(confirm).not.toHaveBeenCalled();
  });

  it("gives up when the person cancels the prompt", async () => {
    const action = vi.fn(() => Promise.reject(reauthenticationRequired()));
    const cancelled = new ReauthenticationCancelled();

    await expect(withReauthentication(action, () => Promise.reject(cancelled))).rejects.toBe(
      cancelled,
    );
    expect(action).toHaveBeenCalledTimes(1);
  });
});
