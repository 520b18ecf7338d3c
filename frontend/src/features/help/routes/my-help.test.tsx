import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { NOT_NEGATIVE } from "@/lib/money";
import { mockFetch, requests, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import type { ThankYou } from "../api/get-thank-yous";
import { meWithSeat, page } from "../components/test-data";

import MyHelpRoute from "./my-help";

const routes = [{ path: "/app/:orgSlug/thank-yous", element: <MyHelpRoute /> }];
const DETAIL = "/api/v1/orgs/demo/thank-yous/t1/";
const CARD = "Thank-you to Bob Builder: $50.00";
const MENU = "More actions for the thank-you to Bob Builder";

function aThankYou(overrides: Partial<ThankYou> = {}): ThankYou {
  return {
    id: "t1",
    chapter: "c1",
    thanking: "m9",
    thanking_name: "Ann Giver",
    thanked: "m2",
    thanked_name: "Bob Builder",
    amount: "50.00",
    currency: "USD",
    business: "new",
    referral: null,
    meeting: null,
    created_at: "2026-03-03T10:00:00Z",
    ...overrides,
  };
}

/** The person's thank-you (recorded by m9) and one Bob recorded for them. */
function mockThankYous() {
  let mine: ThankYou | null = aThankYou();
  const theirs = aThankYou({ id: "t2", thanking: "m2", thanking_name: "Bob", thanked_name: "Ann" });
  return mockFetch({
    "GET /api/v1/me": meWithSeat(),
    "GET /api/v1/orgs/demo/thank-yous/": () => page(mine ? [mine, theirs] : [theirs]),
    // The fix the test sends (what was sent is checked on its own).
    [`PATCH ${DETAIL}`]: () => {
      mine = { ...(mine as ThankYou), amount: "500.00" };
      return { status: 200, body: mine };
    },
    [`DELETE ${DETAIL}`]: () => {
      mine = null;
      return { status: 204 };
    },
  });
}

type User = ReturnType<typeof renderRoutes>["user"];

async function openMenu(user: User, item: string) {
  const card = await screen.findByRole("article", { name: CARD }, { timeout: 5000 });
  await user.click(within(card).getByRole("button", { name: MENU }));
  await user.click(await screen.findByRole("menuitem", { name: item }));
}

afterEach(() => notifications.clean());

describe("My thank-yous", () => {
  it("lists the thank-yous the person recorded, and fixes a wrong amount", async () => {
    const fetch = mockThankYous();
    const { user } = renderRoutes(routes, "/app/demo/thank-yous");
    await openMenu(user, "Edit");
    expect(screen.queryByRole("article", { name: /Thank-you to Ann/ })).toBeNull();

    const dialog = await screen.findByRole("dialog", { name: "Edit thank-you" });
    const amount = within(dialog).getByRole("textbox", { name: "Amount" });
    await user.clear(amount);
    await user.type(amount, "-500");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));
    expect(amount).toHaveValue("-500");
    await vi.waitFor(() =>
      expect(amount).toHaveAccessibleDescription(expect.stringContaining(NOT_NEGATIVE)),
    );

    await user.clear(amount);
    await user.type(amount, "500");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Thank-you updated")).toBeInTheDocument();
    expect(await sentBodies(fetch, `PATCH ${DETAIL}`)).toEqual([{ amount: "500.00" }]);
    expect(
      await screen.findByRole("article", { name: "Thank-you to Bob Builder: $500.00" }),
    ).toBeInTheDocument();
  });

  it("withdraws one after asking once more", async () => {
    const fetch = mockThankYous();
    const { user } = renderRoutes(routes, "/app/demo/thank-yous");
    await openMenu(user, "Withdraw");

    const dialog = await screen.findByRole("dialog", { name: "Withdraw this thank-you?" });
    expect(requests(fetch).filter((r) => r.key === `DELETE ${DETAIL}`)).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Withdraw thank-you" }));

    expect(await screen.findByText("Thank-you withdrawn")).toBeInTheDocument();
    expect(requests(fetch).filter((r) => r.key === `DELETE ${DETAIL}`)).toHaveLength(1);
    expect(await screen.findByText("No thank-you recorded yet")).toBeInTheDocument();
  });
});
