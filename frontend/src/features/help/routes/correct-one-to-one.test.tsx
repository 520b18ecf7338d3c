import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { mockFetch, sentBodies, sentQueries } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { meLeading } from "../components/leader-test-data";
import { aOneToOne, page, problem } from "../components/test-data";

import MyOneToOnesRoute from "./my-one-to-ones";

const routes = [{ path: "/app/:orgSlug/one-to-ones", element: <MyOneToOnesRoute /> }];
const DETAIL = "/api/v1/orgs/demo/one-to-ones/o2o3/";
const LOCKED = "The weekly report of 2026-02-10 is completed: this slip is locked.";
const CARD = "Cy Coach met Bob Builder on Feb 12, 2026";
const MENU = "More actions for 1-2-1 with Bob Builder on Feb 12, 2026";
const REASON = "Reason for the correction";

/** A 1-2-1 two other members of the chapter logged, listed for its leaders. */
function mockChapterOneToOne(extra: Parameters<typeof mockFetch>[0] = {}) {
  const theirs = aOneToOne({
    id: "o2o3",
    member: "m3",
    member_name: "Cy Coach",
    participants: [{ id: "p3", member: "m2", member_name: "Bob Builder", answer: "confirmed" }],
    met_on: "2026-02-12",
  });
  return mockFetch({
    "GET /api/v1/me": meLeading(),
    "GET /api/v1/orgs/demo/one-to-ones/": page([theirs]),
    [`PATCH ${DETAIL}`]: { status: 200, body: theirs },
    [`DELETE ${DETAIL}`]: { status: 204 },
    ...extra,
  });
}

async function openMenu(user: ReturnType<typeof renderRoutes>["user"], item: string) {
  const card = await screen.findByRole("article", { name: CARD });
  await user.click(within(card).getByRole("button", { name: MENU }));
  await user.click(await screen.findByRole("menuitem", { name: item }));
}

afterEach(() => notifications.clean());

describe("a chapter leader correcting a 1-2-1 of a completed week", () => {
  it("corrects a 1-2-1 they did not log, giving a reason", async () => {
    const fetch = mockChapterOneToOne();
    const { user } = renderRoutes(routes, "/app/demo/one-to-ones");

    await openMenu(user, "Edit");
    const dialog = await screen.findByRole("dialog", { name: "Edit 1-2-1" });
    await user.click(within(dialog).getByRole("radio", { name: "Phone" }));
    await user.type(within(dialog).getByRole("textbox", { name: REASON }), "It was a call");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("1-2-1 updated")).toBeInTheDocument();
    expect(await sentBodies(fetch, `PATCH ${DETAIL}`)).toEqual([
      { mode: "phone", correction_reason: "It was a call" },
    ]);
  });

  it("withdraws with the reason in the query", async () => {
    const fetch = mockChapterOneToOne();
    const { user } = renderRoutes(routes, "/app/demo/one-to-ones");

    await openMenu(user, "Withdraw");
    const dialog = await screen.findByRole("dialog", { name: "Withdraw this 1-2-1?" });
    await user.type(within(dialog).getByRole("textbox", { name: REASON }), "Never met");
    await user.click(within(dialog).getByRole("button", { name: "Withdraw 1-2-1" }));

    expect(await screen.findByText("1-2-1 withdrawn")).toBeInTheDocument();
    expect(sentQueries(fetch, `DELETE ${DETAIL}`)).toEqual([{ correction_reason: "Never met" }]);
  });

  it("asks for a reason when a withdrawal without one is refused", async () => {
    mockChapterOneToOne({ [`DELETE ${DETAIL}`]: problem(409, LOCKED) });
    const { user } = renderRoutes(routes, "/app/demo/one-to-ones");

    await openMenu(user, "Withdraw");
    const dialog = await screen.findByRole("dialog", { name: "Withdraw this 1-2-1?" });
    await user.click(within(dialog).getByRole("button", { name: "Withdraw 1-2-1" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(LOCKED);
    const reason = within(dialog).getByRole("textbox", { name: REASON });
    expect(reason).toHaveAttribute("aria-invalid", "true");
    expect(within(dialog).getByText("Give a reason to correct a completed report.")).toBeVisible();
    expect(reason).toHaveFocus();
  });
});
