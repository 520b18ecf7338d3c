import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { mockFetch, requests, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import type { OneToOne } from "../api/get-one-to-ones";
import { aOneToOne, meWithSeat, page, problem } from "../components/test-data";

import MyOneToOnesRoute from "./my-one-to-ones";

const routes = [{ path: "/app/:orgSlug/one-to-ones", element: <MyOneToOnesRoute /> }];
const DETAIL = "/api/v1/orgs/demo/one-to-ones/o2o2/";
const LOCKED = "The weekly report of 2026-02-24 is completed: this slip is locked.";
const CARD = "Ann Giver met Bob Builder on Feb 20, 2026";
const MENU = "More actions for 1-2-1 with Bob Builder on Feb 20, 2026";

/** A 1-2-1 the person (m9) logged, and one Bob logged with them, as the server keeps them. */
function mockOneToOnes(extra: Parameters<typeof mockFetch>[0] = {}) {
  let logged: OneToOne | null = aOneToOne({
    id: "o2o2",
    member: "m9",
    member_name: "Ann Giver",
    participants: [{ id: "p2", member: "m2", member_name: "Bob Builder", answer: "pending" }],
    met_on: "2026-02-20",
    mode: "video",
  });
  const theirs = aOneToOne({ met_on: "2026-02-10" });
  return mockFetch({
    "GET /api/v1/me": meWithSeat(),
    "GET /api/v1/orgs/demo/one-to-ones/": () => page(logged ? [logged, theirs] : [theirs]),
    [`PATCH ${DETAIL}`]: () => ({ status: 200, body: logged }),
    [`DELETE ${DETAIL}`]: () => {
      logged = null;
      return { status: 204 };
    },
    ...extra,
  });
}

async function openMenu(user: ReturnType<typeof renderRoutes>["user"], item: string) {
  const card = await screen.findByRole("article", { name: CARD });
  await user.click(within(card).getByRole("button", { name: MENU }));
  await user.click(await screen.findByRole("menuitem", { name: item }));
}

afterEach(() => notifications.clean());

describe("fixing a 1-2-1 logged", () => {
  it("offers the fixes only on the 1-2-1s the person logged", async () => {
    mockOneToOnes();
    renderRoutes(routes, "/app/demo/one-to-ones");

    const mine = await screen.findByRole("article", { name: CARD });
    expect(within(mine).getByRole("button", { name: MENU })).toBeInTheDocument();
    const all = screen.getByRole("region", { name: "All 1-2-1s" });
    const theirs = within(all).getByRole("article", {
      name: "Bob Builder met Ann Giver on Feb 10, 2026",
    });
    expect(within(theirs).queryByRole("button", { name: /More actions/ })).toBeNull();
  });

  it("sends only the field changed", async () => {
    const fetch = mockOneToOnes();
    const { user } = renderRoutes(routes, "/app/demo/one-to-ones");

    await openMenu(user, "Edit");
    const dialog = await screen.findByRole("dialog", { name: "Edit 1-2-1" });
    expect(within(dialog).getByLabelText(/^Date/)).toHaveValue("2026-02-20");
    expect(within(dialog).getByRole("radio", { name: "Video" })).toBeChecked();
    await user.click(within(dialog).getByRole("radio", { name: "Phone" }));
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("1-2-1 updated")).toBeInTheDocument();
    expect(await sentBodies(fetch, `PATCH ${DETAIL}`)).toEqual([{ mode: "phone" }]);
    await vi.waitFor(() => expect(screen.queryByRole("dialog", { name: "Edit 1-2-1" })).toBeNull());
  });

  it("says the week is locked", async () => {
    mockOneToOnes({ [`PATCH ${DETAIL}`]: problem(409, LOCKED) });
    const { user } = renderRoutes(routes, "/app/demo/one-to-ones");

    await openMenu(user, "Edit");
    const dialog = await screen.findByRole("dialog", { name: "Edit 1-2-1" });
    await user.type(within(dialog).getByRole("textbox", { name: "Notes" }), "Coffee at Joe's");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(LOCKED);
  });

  it("withdraws after asking once more, and the 1-2-1 leaves the list", async () => {
    const fetch = mockOneToOnes();
    const { user } = renderRoutes(routes, "/app/demo/one-to-ones");

    await openMenu(user, "Withdraw");
    const dialog = await screen.findByRole("dialog", { name: "Withdraw this 1-2-1?" });
    await user.click(within(dialog).getByRole("button", { name: "Withdraw 1-2-1" }));

    expect(await screen.findByText("1-2-1 withdrawn")).toBeInTheDocument();
    expect(requests(fetch).filter((request) => request.key === `DELETE ${DETAIL}`)).toHaveLength(1);
    await vi.waitFor(() => expect(screen.queryByRole("article", { name: CARD })).toBeNull());
  });
});
