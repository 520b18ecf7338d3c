import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { mockFetch, requests, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import type { Referral } from "../api/get-referrals";
import { aReferral, meWithSeat, organization, page, problem } from "../components/test-data";

import MyReferralsRoute from "./my-referrals";

const routes = [{ path: "/app/:orgSlug/referrals", element: <MyReferralsRoute /> }];
const LIST = "GET /api/v1/orgs/demo/referrals/";
const DETAIL = "/api/v1/orgs/demo/referrals/r2/";
const LOCKED =
  "The weekly report of 2026-03-03 is completed: this slip is locked. A chapter leader may " +
  "still correct it, giving a reason.";
const CARD = "Referral to Bob Builder: Eli";

/** The referral the person gave, as the server keeps it: a withdrawn one leaves the list. */
function mockGiven(extra: Parameters<typeof mockFetch>[0] = {}) {
  let given: Referral | null = aReferral({
    id: "r2",
    giver: "m9",
    giver_name: "Ann Giver",
    receiver: "m2",
    receiver_name: "Bob Builder",
    contact_name: "Eli",
    contact_company: "",
    expected_value: "1500.00",
  });
  return mockFetch({
    "GET /api/v1/me": meWithSeat(),
    "GET /api/v1/orgs/demo/": organization,
    [LIST]: () => page(given ? [given] : []),
    [`PATCH ${DETAIL}`]: () => ({ status: 200, body: given }),
    [`DELETE ${DETAIL}`]: () => {
      given = null;
      return { status: 204 };
    },
    ...extra,
  });
}

async function openMenu(user: ReturnType<typeof renderRoutes>["user"], item: string) {
  const card = await screen.findByRole("article", { name: CARD });
  await user.click(within(card).getByRole("button", { name: "More actions for Eli" }));
  await user.click(await screen.findByRole("menuitem", { name: item }));
}

afterEach(() => notifications.clean());

describe("fixing a referral given", () => {
  it("sends only the field changed, and shows the fix", async () => {
    const fetch = mockGiven();
    const { user } = renderRoutes(routes, "/app/demo/referrals?tab=given");

    await openMenu(user, "Edit");
    const dialog = await screen.findByRole("dialog", { name: "Edit referral" });
    expect(within(dialog).getByRole("textbox", { name: "Contact name" })).toHaveValue("Eli");
    const phone = within(dialog).getByRole("textbox", { name: "Phone" });
    expect(phone).toHaveValue("+1 555 0100");
    await user.clear(phone);
    await user.type(phone, "+1 555 0199");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("Referral updated")).toBeInTheDocument();
    expect(await sentBodies(fetch, `PATCH ${DETAIL}`)).toEqual([{ contact_phone: "+1 555 0199" }]);
    await vi.waitFor(() =>
      expect(screen.queryByRole("dialog", { name: "Edit referral" })).toBeNull(),
    );
  });

  it("sends nothing when nothing was changed", async () => {
    const fetch = mockGiven();
    const { user } = renderRoutes(routes, "/app/demo/referrals?tab=given");

    await openMenu(user, "Edit");
    const dialog = await screen.findByRole("dialog", { name: "Edit referral" });
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    await vi.waitFor(() =>
      expect(screen.queryByRole("dialog", { name: "Edit referral" })).toBeNull(),
    );
    expect(requests(fetch).some((request) => request.key === `PATCH ${DETAIL}`)).toBe(false);
  });

  it("says the week is locked, and keeps what was typed", async () => {
    mockGiven({ [`PATCH ${DETAIL}`]: problem(409, LOCKED) });
    const { user } = renderRoutes(routes, "/app/demo/referrals?tab=given");

    await openMenu(user, "Edit");
    const dialog = await screen.findByRole("dialog", { name: "Edit referral" });
    await user.type(within(dialog).getByRole("textbox", { name: "Notes" }), "Call after 5");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(LOCKED);
    expect(within(dialog).getByRole("textbox", { name: "Notes" })).toHaveValue("Call after 5");
  });

  it("puts the server's complaint next to its field", async () => {
    mockGiven({
      [`PATCH ${DETAIL}`]: problem(400, "Invalid input.", {
        contact_email: ["Enter a valid email address."],
      }),
    });
    const { user } = renderRoutes(routes, "/app/demo/referrals?tab=given");

    await openMenu(user, "Edit");
    const dialog = await screen.findByRole("dialog", { name: "Edit referral" });
    const email = within(dialog).getByRole("textbox", { name: "Email" });
    await user.clear(email);
    await user.type(email, "eli@estate.example.com");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    expect(await within(dialog).findByText("Enter a valid email address.")).toBeInTheDocument();
    expect(email).toHaveAttribute("aria-invalid", "true");
  });

  it("withdraws after asking once more, and the referral leaves the list", async () => {
    const fetch = mockGiven();
    const { user } = renderRoutes(routes, "/app/demo/referrals?tab=given");

    await openMenu(user, "Withdraw");
    const dialog = await screen.findByRole("dialog", { name: "Withdraw this referral?" });
    expect(dialog).toHaveTextContent("Bob Builder will no longer see it");
    expect(requests(fetch).some((request) => request.key === `DELETE ${DETAIL}`)).toBe(false);
    await user.click(within(dialog).getByRole("button", { name: "Withdraw referral" }));

    expect(await screen.findByText("Referral withdrawn")).toBeInTheDocument();
    expect(requests(fetch).filter((request) => request.key === `DELETE ${DETAIL}`)).toHaveLength(1);
    await vi.waitFor(() => expect(screen.queryByRole("article", { name: CARD })).toBeNull());
  });

  it("says why a withdrawal was refused", async () => {
    mockGiven({ [`DELETE ${DETAIL}`]: problem(409, LOCKED) });
    const { user } = renderRoutes(routes, "/app/demo/referrals?tab=given");

    await openMenu(user, "Withdraw");
    const dialog = await screen.findByRole("dialog", { name: "Withdraw this referral?" });
    await user.click(within(dialog).getByRole("button", { name: "Withdraw referral" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(LOCKED);
    expect(screen.getByRole("article", { name: CARD })).toBeInTheDocument();
  });
});
