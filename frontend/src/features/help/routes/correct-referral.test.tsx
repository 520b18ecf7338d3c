import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { mockFetch, sentBodies, sentQueries } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { meLeading } from "../components/leader-test-data";
import { aReferral, meWithSeat, organization, page, problem } from "../components/test-data";

import MyReferralsRoute from "./my-referrals";

const routes = [{ path: "/app/:orgSlug/referrals", element: <MyReferralsRoute /> }];
const DETAIL = "/api/v1/orgs/demo/referrals/r2/";
const LOCKED = "The weekly report of 2026-03-03 is completed: this slip is locked.";
const REASON = "Reason for the correction";

type Routes = Parameters<typeof mockFetch>[0];

function mockReferral(me: Routes[string], extra: Routes) {
  const referral = aReferral({ id: "r2", giver: "m9", receiver_name: "Bob Builder" });
  return mockFetch({
    "GET /api/v1/me": me,
    "GET /api/v1/orgs/demo/": organization,
    "GET /api/v1/orgs/demo/referrals/": page([referral]),
    [`PATCH ${DETAIL}`]: { status: 200, body: referral },
    [`DELETE ${DETAIL}`]: { status: 204 },
    ...extra,
  });
}

async function openMenu(user: ReturnType<typeof renderRoutes>["user"], item: string) {
  const card = await screen.findByRole("article", { name: "Referral to Bob Builder: Dee" });
  await user.click(within(card).getByRole("button", { name: "More actions for Dee" }));
  await user.click(await screen.findByRole("menuitem", { name: item }));
}

afterEach(() => notifications.clean());

describe("a chapter leader correcting a referral of a completed week", () => {
  it("sends the reason with the change", async () => {
    const fetch = mockReferral(meLeading(), {});
    const { user } = renderRoutes(routes, "/app/demo/referrals?tab=given");

    await openMenu(user, "Edit");
    const dialog = await screen.findByRole("dialog", { name: "Edit referral" });
    await user.type(within(dialog).getByRole("textbox", { name: "Notes" }), "Called twice");
    await user.type(within(dialog).getByRole("textbox", { name: REASON }), "Typo in the notes ");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("Referral updated")).toBeInTheDocument();
    expect(await sentBodies(fetch, `PATCH ${DETAIL}`)).toEqual([
      { notes: "Called twice", correction_reason: "Typo in the notes" },
    ]);
  });

  it("asks for a reason when the week is locked and none was given", async () => {
    mockReferral(meLeading(), { [`PATCH ${DETAIL}`]: problem(409, LOCKED) });
    const { user } = renderRoutes(routes, "/app/demo/referrals?tab=given");

    await openMenu(user, "Edit");
    const dialog = await screen.findByRole("dialog", { name: "Edit referral" });
    await user.type(within(dialog).getByRole("textbox", { name: "Notes" }), "Called twice");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(LOCKED);
    const reason = within(dialog).getByRole("textbox", { name: REASON });
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining("Give a reason to correct a completed report.") as string,
    );
    expect(reason).toHaveFocus();
  });

  it("sends the reason with a withdrawal", async () => {
    const fetch = mockReferral(meLeading(), {});
    const { user } = renderRoutes(routes, "/app/demo/referrals?tab=given");

    await openMenu(user, "Withdraw");
    const dialog = await screen.findByRole("dialog", { name: "Withdraw this referral?" });
    await user.type(within(dialog).getByRole("textbox", { name: REASON }), "Given twice");
    await user.click(within(dialog).getByRole("button", { name: "Withdraw referral" }));

    expect(await screen.findByText("Referral withdrawn")).toBeInTheDocument();
    expect(sentQueries(fetch, `DELETE ${DETAIL}`)).toEqual([{ correction_reason: "Given twice" }]);
  });

  it("asks no reason of a member who does not lead the chapter", async () => {
    mockReferral(meWithSeat(), {});
    const { user } = renderRoutes(routes, "/app/demo/referrals?tab=given");

    await openMenu(user, "Edit");
    const edit = await screen.findByRole("dialog", { name: "Edit referral" });
    expect(within(edit).queryByRole("textbox", { name: REASON })).toBeNull();
    await user.click(within(edit).getByRole("button", { name: "Save changes" }));
    await openMenu(user, "Withdraw");
    const withdraw = await screen.findByRole("dialog", { name: "Withdraw this referral?" });
    expect(within(withdraw).queryByRole("textbox", { name: REASON })).toBeNull();
  });
});
