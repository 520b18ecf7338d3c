import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import type { Referral } from "../api/get-referrals";
import { GiveHelp } from "../components/give-help";
import {
  aReferral,
  aSeat,
  MEMBER_SCOPES,
  meWithSeat,
  organization,
  page,
  problem,
} from "../components/test-data";

import MyReferralsRoute from "./my-referrals";

const routes = [{ path: "/app/:orgSlug/referrals", element: <MyReferralsRoute /> }];
const LIST = "GET /api/v1/orgs/demo/referrals/";
const STATUS = "POST /api/v1/orgs/demo/referrals/r1/status";
const DAY = 24 * 3600 * 1000;

const received = aReferral();
const given = aReferral({
  id: "r2",
  giver: "m9",
  giver_name: "Ann Giver",
  receiver: "m2",
  receiver_name: "Bob Builder",
  contact_name: "Eli",
  status: "meeting",
  status_changed_at: new Date(Date.now() - 3 * DAY).toISOString(),
});

/** The referrals as the server keeps them: a status change shows in the next list. */
function mockReferrals(extra: Parameters<typeof mockFetch>[0] = {}) {
  let mine: Referral = received;
  return mockFetch({
    "GET /api/v1/me": meWithSeat(),
    [LIST]: (request) => {
      const direction = new URL(request.url).searchParams.get("direction");
      return page(direction === "received" ? [mine] : direction === "given" ? [given] : []);
    },
    [STATUS]: (request) => {
      mine = { ...mine, status: "contacted", status_changed_at: new Date().toISOString() };
      expect(request.method).toBe("POST");
      return { status: 200, body: mine };
    },
    ...extra,
  });
}

describe("MyReferralsRoute", () => {
  it("offers the thank-you once a referral is won, the form filled in for it", async () => {
    let mine: Referral = received;
    mockFetch({
      "GET /api/v1/me": meWithSeat(),
      "GET /api/v1/orgs/demo/": organization,
      [LIST]: (request) => {
        const direction = new URL(request.url).searchParams.get("direction");
        return page(direction === "received" ? [mine] : []);
      },
      [STATUS]: () => {
        mine = { ...mine, status: "closed_won", status_changed_at: new Date().toISOString() };
        return { status: 200, body: mine };
      },
    });
    const membership = {
      ...meWithSeat([aSeat()], MEMBER_SCOPES).body.organizations[0],
    } as Parameters<typeof GiveHelp>[0]["membership"];
    const { user } = renderRoutes(
      [
        {
          path: "/app/:orgSlug/referrals",
          element: (
            <>
              <MyReferralsRoute />
              <GiveHelp orgSlug="demo" membership={membership} />
            </>
          ),
        },
      ],
      "/app/demo/referrals",
    );

    const card = await screen.findByRole("article", { name: "Referral from Ann: Dee" });
    await user.click(within(card).getByRole("button", { name: "Won" }));
    await user.click(await within(card).findByRole("button", { name: "Record the thank-you" }));

    const sheet = await screen.findByRole("dialog", { name: "Give help" });
    expect(within(sheet).getByRole("radio", { name: "Thank-you" })).toBeChecked();
    expect(within(sheet).getByRole("combobox", { name: "Who gave you the business?" })).toHaveValue(
      "Ann",
    );
    expect(await within(sheet).findByRole("combobox", { name: "For referral" })).toHaveValue(
      "Dee — from Ann",
    );
  });


  it("shows a received referral with everything to follow it up", async () => {
    mockReferrals();
    renderRoutes(routes, "/app/demo/referrals");

    const card = await screen.findByRole("article", { name: "Referral from Ann: Dee" });
    expect(screen.getByRole("tab", { name: "Received" })).toHaveAttribute("aria-selected", "true");
    expect(within(card).getByRole("link", { name: "+1 555 0100" })).toHaveAttribute(
      "href",
      "tel:+15550100",
    );
    expect(within(card).getByRole("link", { name: "dee@designs.example.com" })).toHaveAttribute(
      "href",
      "mailto:dee@designs.example.com",
    );
    expect(card).toHaveTextContent("Dee Designs");
    expect(card).toHaveTextContent("Outside");
    expect(card).toHaveTextContent("Hotness 4/5");
    expect(card).toHaveTextContent("From Ann · 2 days ago");
    for (const step of ["Contacted", "Meeting set", "Won", "Lost"]) {
      expect(within(card).getByRole("button", { name: step })).toHaveAttribute(
        "aria-pressed",
        "false",
      );
    }
  });

  it("sends the receiver's answer in one tap and shows it", async () => {
    const fetch = mockReferrals();
    const { user } = renderRoutes(routes, "/app/demo/referrals");

    const card = await screen.findByRole("article", { name: "Referral from Ann: Dee" });
    await user.click(within(card).getByRole("button", { name: "Contacted" }));

    await vi.waitFor(() =>
      expect(within(card).getByRole("button", { name: "Contacted" })).toHaveAttribute(
        "aria-pressed",
        "true",
      ),
    );
    expect(within(card).getByRole("button", { name: "Won" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
    expect(await sentBodies(fetch, STATUS)).toEqual([{ status: "contacted" }]);
  });

  it("says why an answer was refused", async () => {
    const refusal = "Only the member who received the referral reports what became of it.";
    mockReferrals({ [STATUS]: problem(403, refusal) });
    const { user } = renderRoutes(routes, "/app/demo/referrals");

    const card = await screen.findByRole("article", { name: "Referral from Ann: Dee" });
    await user.click(within(card).getByRole("button", { name: "Lost" }));

    expect(await screen.findByText(refusal)).toBeInTheDocument();
    expect(within(card).getByRole("button", { name: "Lost" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });

  it("shows the referrals given, with how far each has gone", async () => {
    mockReferrals();
    const { user } = renderRoutes(routes, "/app/demo/referrals");

    await screen.findByRole("article", { name: "Referral from Ann: Dee" });
    await user.click(screen.getByRole("tab", { name: "Given" }));

    const card = await screen.findByRole("article", { name: "Referral to Bob Builder: Eli" });
    expect(card).toHaveTextContent("To Bob Builder");
    expect(card).toHaveTextContent("Meeting set");
    expect(card).toHaveTextContent("updated 3 days ago");
    // The giver does not answer for the receiver.
    expect(within(card).queryByRole("group", { name: "What became of it" })).toBeNull();
    expect(within(card).queryByRole("button", { name: "Contacted" })).toBeNull();
  });

  it("tells someone without a seat that referrals are for members", async () => {
    mockFetch({ "GET /api/v1/me": meWithSeat([]) });
    renderRoutes(routes, "/app/demo/referrals");

    expect(await screen.findByText("No seat in a chapter")).toBeInTheDocument();
    expect(screen.queryByRole("tab")).toBeNull();
  });
});
