import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { Membership } from "@/lib/auth/me";
import { NOT_AN_AMOUNT, NOT_NEGATIVE } from "@/lib/money";
import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import { GiveHelp } from "./give-help";
import {
  aChapter,
  aMember,
  aReferral,
  aSeat,
  MEMBER_SCOPES,
  organization,
  page,
  problem,
} from "./test-data";

const membership = {
  id: "o1",
  slug: "demo",
  name: "Demo Network",
  requires_mfa: false,
  mfa_setup_required: false,
  role: "member",
  region: null,
  scopes: MEMBER_SCOPES,
  seats: [aSeat()],
  leads: [],
} as Membership;

const MEMBERS = "GET /api/v1/orgs/demo/members/";
const GIVE = "POST /api/v1/orgs/demo/referrals/";
const THANK = "POST /api/v1/orgs/demo/thank-yous/";
const bob = aMember();
// The person's own seat comes back from a search too: it is never offered.
const self = aMember({ id: "m9", name: "Ann Giver", business_name: "Giver Gifts" });
const BOB = "Bob Builder — Builder Bros (Downtown)";

/** The API the Give button talks to; the members' search answers Bob (and the person). */
function mockHelp(extra: Parameters<typeof mockFetch>[0] = {}) {
  const searches: (string | null)[] = [];
  const fetch = mockFetch({
    "GET /api/v1/orgs/demo/chapters/": page([aChapter("c1", "Downtown")]),
    "GET /api/v1/orgs/demo/": organization,
    "GET /api/v1/orgs/demo/referrals/": page([]),
    [MEMBERS]: (request) => {
      const query = new URL(request.url).searchParams;
      searches.push(query.get("search"));
      expect(query.get("status")).toBe("active");
      // The person's own chapter first, then the others, A to Z: the API's order, kept.
      expect(query.get("mine_first")).toBe("true");
      return page([bob, self]);
    },
    [GIVE]: {
      status: 201,
      body: aReferral({ id: "r9", receiver: "m2", receiver_name: "Bob Builder" }),
    },
    ...extra,
  });
  return { fetch, searches };
}

// Toasts outlive a test: start each with none.
afterEach(() => notifications.clean());

type User = ReturnType<typeof renderWithProviders>["user"];

async function openGive(user: User) {
  await user.click(screen.getByRole("button", { name: "Give" }));
  return screen.findByRole("dialog", { name: "Give help" });
}

async function pickMember(user: User, label: string, letters = "Bob") {
  await user.type(screen.getByRole("combobox", { name: label }), letters);
  await user.click(await screen.findByRole("option", { name: BOB }));
}

describe("Give: a referral", () => {
  it("asks the members' search once 2 letters are typed, never offering the person", async () => {
    const { searches } = mockHelp();
    const { user } = renderWithProviders(<GiveHelp orgSlug="demo" membership={membership} />);
    await openGive(user);

    const member = screen.getByRole("combobox", { name: "Member" });
    expect(member).toHaveFocus();
    await user.type(member, "B");
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(searches).toEqual([]);

    await user.type(member, "o");
    expect(await screen.findByRole("option", { name: BOB })).toBeInTheDocument();
    expect(searches).toEqual(["Bo"]);
    expect(screen.queryByRole("option", { name: /Ann Giver/ })).toBeNull();
  });

  it("names its close button and never opens an empty list of members", async () => {
    mockHelp({ [MEMBERS]: page([]) });
    const { user } = renderWithProviders(<GiveHelp orgSlug="demo" membership={membership} />);
    const dialog = await openGive(user);
    expect(within(dialog).getByRole("button", { name: "Close" })).toBeInTheDocument();

    const member = screen.getByRole("combobox", { name: "Member" });
    await user.click(member);
    const hint = await screen.findByRole("option", {
      name: "Type 2 letters of a name, business or category",
    });
    expect(hint).toHaveAttribute("aria-disabled", "true");
    await user.type(member, "Zz");
    expect(await screen.findByRole("option", { name: "No active member found" })).toBeVisible();
    for (const listbox of screen.queryAllByRole("listbox")) {
      expect(within(listbox).getAllByRole("option").length).toBeGreaterThan(0);
    }
  });

  it("gives a referral in a few taps: member, contact, consent, done", async () => {
    const { fetch } = mockHelp();
    const { user } = renderWithProviders(<GiveHelp orgSlug="demo" membership={membership} />);
    await openGive(user);

    await pickMember(user, "Member");
    await user.type(screen.getByRole("textbox", { name: "Contact name" }), "Dee");
    await user.click(screen.getByRole("checkbox", { name: "The contact agreed to be contacted" }));
    await user.click(screen.getByRole("button", { name: "Give referral" }));

    expect(await screen.findByText("Referral given to Bob Builder")).toBeInTheDocument();
    expect(await sentBodies(fetch, GIVE)).toEqual([
      {
        giver: "m9",
        receiver: "m2",
        tier: "outside",
        hotness: 3,
        contact_name: "Dee",
        contact_phone: "",
        contact_email: "",
        consent_confirmed: true,
        notes: "",
      },
    ]);
    await vi.waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    // Ready for the next one, blank.
    await openGive(user);
    expect(screen.getByRole("combobox", { name: "Member" })).toHaveValue("");
    expect(screen.getByRole("textbox", { name: "Contact name" })).toHaveValue("");
  });

  it("blocks an outside referral without consent, before asking the API", async () => {
    const { fetch } = mockHelp();
    const { user } = renderWithProviders(<GiveHelp orgSlug="demo" membership={membership} />);
    const dialog = await openGive(user);

    expect(within(dialog).getByRole("radio", { name: "Outside" })).toBeChecked();
    await pickMember(user, "Member");
    await user.type(screen.getByRole("textbox", { name: "Contact name" }), "Dee");
    await user.click(screen.getByRole("button", { name: "Give referral" }));

    expect(
      await within(dialog).findByText(
        "An outside referral needs the contact's consent to be contacted.",
      ),
    ).toBeInTheDocument();
    expect(await sentBodies(fetch, GIVE)).toEqual([]);

    // The person is the customer: no consent to ask. The hotter, the more it counts.
    await user.click(within(dialog).getByRole("radio", { name: "Inside" }));
    expect(
      screen.queryByRole("checkbox", { name: "The contact agreed to be contacted" }),
    ).toBeNull();
    const hotness = within(dialog).getByRole("radiogroup", { name: "Hotness" });
    await user.click(within(hotness).getByRole("radio", { name: "5" }));
    await user.click(screen.getByRole("button", { name: "Give referral" }));

    await screen.findByText("Referral given to Bob Builder");
    expect(await sentBodies(fetch, GIVE)).toMatchObject([
      { receiver: "m2", tier: "inside", hotness: 5, consent_confirmed: false },
    ]);
  });

  it("shows the API's refusal of the receiver on the Member field, and stays open", async () => {
    const refusal = "You cannot give help to yourself.";
    mockHelp({ [GIVE]: problem(400, "Invalid input.", { receiver: [refusal] }) });
    const { user } = renderWithProviders(<GiveHelp orgSlug="demo" membership={membership} />);
    const dialog = await openGive(user);

    await pickMember(user, "Member");
    await user.type(screen.getByRole("textbox", { name: "Contact name" }), "Dee");
    await user.click(screen.getByRole("checkbox", { name: "The contact agreed to be contacted" }));
    await user.click(screen.getByRole("button", { name: "Give referral" }));

    const member = screen.getByRole("combobox", { name: "Member" });
    await vi.waitFor(() => expect(member).toHaveAccessibleDescription(refusal));
    expect(member).toHaveAttribute("aria-invalid", "true");
    expect(within(dialog).queryByRole("alert")).toBeNull();
    expect(screen.getByRole("dialog", { name: "Give help" })).toBeInTheDocument();
  });
});

describe("Give: a thank-you", () => {
  async function openThankYou(user: User) {
    await openGive(user);
    await user.click(screen.getByRole("radio", { name: "Thank-you" }));
  }

  it("thanks a member, the amount sent with two decimals", async () => {
    const { fetch } = mockHelp({ [THANK]: { status: 201, body: {} } });
    const { user } = renderWithProviders(<GiveHelp orgSlug="demo" membership={membership} />);
    await openThankYou(user);

    await pickMember(user, "Who gave you the business?");
    const amount = screen.getByRole("textbox", { name: "Amount" });
    await vi.waitFor(() => expect(amount).toHaveAccessibleDescription("Excluding tax, in EUR."));
    await user.type(amount, "1234.5");
    await user.click(screen.getByRole("radio", { name: "Repeat" }));
    await user.click(screen.getByRole("button", { name: "Record thank-you" }));

    expect(await screen.findByText("Thank-you recorded")).toBeInTheDocument();
    expect(await sentBodies(fetch, THANK)).toEqual([
      { thanking: "m9", thanked: "m2", amount: "1234.50", business: "repeat" },
    ]);
  });

  it("keeps a negative or wordy amount as typed and refuses it beside the field", async () => {
    const { fetch } = mockHelp({ [THANK]: { status: 201, body: {} } });
    const { user } = renderWithProviders(<GiveHelp orgSlug="demo" membership={membership} />);
    await openThankYou(user);
    await pickMember(user, "Who gave you the business?");
    const amount = screen.getByRole("textbox", { name: "Amount" });

    await user.type(amount, "-50");
    await user.click(screen.getByRole("button", { name: "Record thank-you" }));
    expect(amount).toHaveValue("-50");
    await vi.waitFor(() => expect(amount).toHaveAttribute("aria-invalid", "true"));
    expect(amount).toHaveAccessibleDescription(expect.stringContaining(NOT_NEGATIVE));

    await user.clear(amount);
    await user.type(amount, "abc");
    await user.click(screen.getByRole("button", { name: "Record thank-you" }));
    expect(amount).toHaveValue("abc");
    await vi.waitFor(() =>
      expect(amount).toHaveAccessibleDescription(expect.stringContaining(NOT_AN_AMOUNT)),
    );
    expect(await sentBodies(fetch, THANK)).toEqual([]);
  });

  it("shows the API's refusal of an amount beside it, the amount kept", async () => {
    const refusal = "An amount cannot be negative.";
    mockHelp({ [THANK]: problem(400, "Invalid input.", { amount: [refusal] }) });
    const { user } = renderWithProviders(<GiveHelp orgSlug="demo" membership={membership} />);
    await openThankYou(user);
    await pickMember(user, "Who gave you the business?");
    const amount = screen.getByRole("textbox", { name: "Amount" });
    await user.type(amount, "1,800");
    await user.click(screen.getByRole("button", { name: "Record thank-you" }));

    await vi.waitFor(() =>
      expect(amount).toHaveAccessibleDescription(expect.stringContaining(refusal)),
    );
    expect(amount).toHaveValue("1,800");
  });

  it("thanks someone outside the network by name", async () => {
    const { fetch } = mockHelp({ [THANK]: { status: 201, body: {} } });
    const { user } = renderWithProviders(<GiveHelp orgSlug="demo" membership={membership} />);
    await openThankYou(user);

    await user.click(screen.getByRole("switch", { name: "Someone outside the network" }));
    expect(screen.queryByRole("combobox", { name: "Who gave you the business?" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Record thank-you" }));
    expect(await screen.findByText("Enter their name.")).toBeInTheDocument();
    expect(screen.getByText("Enter the amount.")).toBeInTheDocument();
    expect(await sentBodies(fetch, THANK)).toEqual([]);

    await user.type(screen.getByRole("textbox", { name: "Their name" }), "Eve Outsider");
    await user.type(screen.getByRole("textbox", { name: "Amount" }), "80");
    await user.click(screen.getByRole("button", { name: "Record thank-you" }));

    expect(await screen.findByText("Thank-you recorded")).toBeInTheDocument();
    expect(await sentBodies(fetch, THANK)).toEqual([
      { thanking: "m9", thanked_name: "Eve Outsider", amount: "80.00", business: "new" },
    ]);
  });

  it("thanks for an open referral, crediting its giver", async () => {
    const open = aReferral({ id: "r5", giver: "m2", giver_name: "Bob Builder", status: "meeting" });
    const won = aReferral({ id: "r6", contact_name: "Old deal", status: "closed_won" });
    const { fetch } = mockHelp({
      [THANK]: { status: 201, body: {} },
      "GET /api/v1/orgs/demo/referrals/": (request) => {
        expect(new URL(request.url).searchParams.get("direction")).toBe("received");
        return page([open, won]);
      },
    });
    const { user } = renderWithProviders(<GiveHelp orgSlug="demo" membership={membership} />);
    await openThankYou(user);

    await user.click(await screen.findByRole("combobox", { name: "For referral" }));
    expect(screen.queryByRole("option", { name: /Old deal/ })).toBeNull();
    await user.click(await screen.findByRole("option", { name: "Dee — from Bob Builder" }));
    expect(screen.getByRole("combobox", { name: "Who gave you the business?" })).toHaveValue(
      "Bob Builder",
    );
    await user.type(screen.getByRole("textbox", { name: "Amount" }), "500");
    await user.click(screen.getByRole("button", { name: "Record thank-you" }));

    expect(await screen.findByText("Thank-you recorded")).toBeInTheDocument();
    expect(await sentBodies(fetch, THANK)).toEqual([
      { thanking: "m9", thanked: "m2", amount: "500.00", business: "new", referral: "r5" },
    ]);
  });
});
