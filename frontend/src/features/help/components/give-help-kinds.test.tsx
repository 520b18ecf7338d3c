import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import type { Membership } from "@/lib/auth/me";
import { todayIn } from "@/lib/calendar";
import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import { GiveHelp } from "./give-help";
import {
  aChapter,
  aMember,
  aOneToOne,
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

const ONE_TO_ONE = "POST /api/v1/orgs/demo/one-to-ones/";
const TESTIMONIAL = "POST /api/v1/orgs/demo/testimonials/";
const EDUCATION = "POST /api/v1/orgs/demo/education-credits/";
const OTHER_HELP = "POST /api/v1/orgs/demo/other-help/";
const BOB = "Bob Builder — Builder Bros (Downtown)";
const CY = "Cy Cook — Cook Catering (Downtown)";
const bob = aMember();
const cy = aMember({ id: "m3", name: "Cy Cook", business_name: "Cook Catering" });
const self = aMember({ id: "m9", name: "Ann Giver", business_name: "Giver Gifts" });

/** The API the Give sheet talks to; the members' search answers Bob and Cy (and the person). */
function mockHelp(extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    "GET /api/v1/orgs/demo/chapters/": page([aChapter("c1", "Downtown")]),
    "GET /api/v1/orgs/demo/": organization,
    "GET /api/v1/orgs/demo/referrals/": page([]),
    "GET /api/v1/orgs/demo/members/": page([bob, cy, self]),
    ...extra,
  });
}

// Toasts outlive a test: start each with none.
afterEach(() => notifications.clean());

type User = ReturnType<typeof renderWithProviders>["user"];

async function openGive(user: User) {
  await user.click(screen.getByRole("button", { name: "Give" }));
  return screen.findByRole("dialog", { name: "Give help" });
}

async function pickMember(user: User, label: string, option = BOB) {
  await user.type(screen.getByRole("combobox", { name: label }), option.slice(0, 3));
  await user.click(await screen.findByRole("option", { name: option }));
}

/** A date field, by its label (which ends with the asterisk of a required field). */
function dateField(label: string) {
  return screen.getByLabelText(new RegExp(`^${label}`), { selector: "input[type=date]" });
}

async function setDate(user: User, label: string, date: string) {
  const input = dateField(label);
  await user.clear(input);
  await user.type(input, date);
}

function render() {
  return renderWithProviders(<GiveHelp orgSlug="demo" membership={membership} />);
}

describe("Give: the kinds of help", () => {
  it("offers the frequent kinds first, the rest behind More, from Referral each time", async () => {
    mockHelp();
    const { user } = render();
    const dialog = await openGive(user);

    const kinds = within(dialog).getByRole("radiogroup", { name: "Kind of help" });
    const values = within(kinds)
      .getAllByRole("radio")
      .map((radio) => radio.getAttribute("value"));
    expect(values).toEqual(["referral", "thank_you", "one_to_one", "more"]);
    expect(within(kinds).getByRole("radio", { name: "Referral" })).toBeChecked();
    expect(within(dialog).queryByRole("radiogroup", { name: "Other kinds of help" })).toBeNull();

    await user.click(within(kinds).getByRole("radio", { name: "More" }));
    const others = within(dialog).getByRole("radiogroup", { name: "Other kinds of help" });
    for (const kind of ["Testimonial", "Education", "Other help"]) {
      expect(within(others).getByRole("radio", { name: kind })).toBeInTheDocument();
    }
    expect(within(others).getByRole("radio", { name: "Testimonial" })).toBeChecked();
    await user.click(within(others).getByRole("radio", { name: "Education" }));
    expect(screen.getByRole("button", { name: "Record education" })).toBeInTheDocument();

    await user.click(within(kinds).getByRole("radio", { name: "1-2-1" }));
    expect(within(dialog).queryByRole("radiogroup", { name: "Other kinds of help" })).toBeNull();
    expect(screen.getByRole("button", { name: "Log 1-2-1" })).toBeInTheDocument();

    await user.keyboard("{Escape}");
    await vi.waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await openGive(user);
    expect(screen.getByRole("radio", { name: "Referral" })).toBeChecked();
    expect(screen.getByRole("button", { name: "Give referral" })).toBeInTheDocument();
  });
});

describe("Give: a 1-2-1", () => {
  async function openOneToOne(user: User) {
    const dialog = await openGive(user);
    await user.click(within(dialog).getByRole("radio", { name: "1-2-1" }));
    return dialog;
  }

  it("logs a 1-2-1 with one or two members, today in person unless told otherwise", async () => {
    const fetch = mockHelp({
      [ONE_TO_ONE]: {
        status: 201,
        body: aOneToOne({
          member: "m9",
          member_name: "Ann Giver",
          participants: [
            { id: "p1", member: "m2", member_name: "Bob Builder", answer: "pending" },
            { id: "p2", member: "m3", member_name: "Cy Cook", answer: "pending" },
          ],
        }),
      },
    });
    const { user } = render();
    await openOneToOne(user);

    expect(dateField("Date")).toHaveValue(todayIn());
    expect(screen.getByRole("radio", { name: "In person" })).toBeChecked();
    await pickMember(user, "Who did you meet?");
    await pickMember(user, "And (optional)", CY);
    await user.click(screen.getByRole("radio", { name: "Video" }));
    await user.type(screen.getByRole("textbox", { name: "Notes" }), "Coffee and plans");
    await user.click(screen.getByRole("button", { name: "Log 1-2-1" }));

    expect(
      await screen.findByText(
        "1-2-1 with Bob Builder and Cy Cook logged: they are asked to confirm",
      ),
    ).toBeInTheDocument();
    expect(await sentBodies(fetch, ONE_TO_ONE)).toEqual([
      {
        member: "m9",
        others: ["m2", "m3"],
        met_on: todayIn(),
        mode: "video",
        notes: "Coffee and plans",
      },
    ]);
    await vi.waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("asks who was met, and refuses a date in the future, before asking the API", async () => {
    const fetch = mockHelp({ [ONE_TO_ONE]: { status: 201, body: aOneToOne() } });
    const { user } = render();
    await openOneToOne(user);

    await setDate(user, "Date", "2999-01-01");
    await user.click(screen.getByRole("button", { name: "Log 1-2-1" }));

    const met = screen.getByRole("combobox", { name: "Who did you meet?" });
    expect(met).toHaveAccessibleDescription("Choose who you met.");
    expect(dateField("Date")).toHaveAccessibleDescription(
      "The date cannot be in the future.",
    );
    expect(await sentBodies(fetch, ONE_TO_ONE)).toEqual([]);
  });

  it("shows the API's refusals on the Date and the person met, and stays open", async () => {
    const late = "The date cannot be in the future.";
    const same = "You cannot give help to yourself.";
    mockHelp({
      [ONE_TO_ONE]: problem(400, "Invalid input.", { met_on: [late], others: [same] }),
    });
    const { user } = render();
    const dialog = await openOneToOne(user);

    await pickMember(user, "Who did you meet?");
    await user.click(screen.getByRole("button", { name: "Log 1-2-1" }));

    const date = dateField("Date");
    await vi.waitFor(() => expect(date).toHaveAccessibleDescription(late));
    expect(date).toHaveAttribute("aria-invalid", "true");
    const met = screen.getByRole("combobox", { name: "Who did you meet?" });
    expect(met).toHaveAccessibleDescription(same);
    expect(within(dialog).queryByRole("alert")).toBeNull();
    expect(screen.getByRole("dialog", { name: "Give help" })).toBeInTheDocument();
  });
});

async function openMore(user: User, kind: string) {
  const dialog = await openGive(user);
  await user.click(within(dialog).getByRole("radio", { name: "More" }));
  await user.click(within(dialog).getByRole("radio", { name: kind }));
  return dialog;
}

describe("Give: a testimonial", () => {
  it("gives a testimonial to a member", async () => {
    const fetch = mockHelp({
      [TESTIMONIAL]: { status: 201, body: { id: "t1", receiver_name: "Bob Builder" } },
    });
    const { user } = render();
    await openMore(user, "Testimonial");

    await pickMember(user, "Member");
    const text = screen.getByRole("textbox", { name: "Testimonial" });
    await user.type(text, "  Built our deck on time. ");
    await user.click(screen.getByRole("button", { name: "Give testimonial" }));

    expect(await screen.findByText("Testimonial given to Bob Builder")).toBeInTheDocument();
    expect(await sentBodies(fetch, TESTIMONIAL)).toEqual([
      { giver: "m9", receiver: "m2", text: "Built our deck on time." },
    ]);
  });

  it("shows the API's refusal of the text on the Testimonial field", async () => {
    const tooLong = "Ensure this field has no more than 2000 characters.";
    mockHelp({ [TESTIMONIAL]: problem(400, "Invalid input.", { text: [tooLong] }) });
    const { user } = render();
    await openMore(user, "Testimonial");

    await pickMember(user, "Member");
    await user.type(screen.getByRole("textbox", { name: "Testimonial" }), "Great work");
    await user.click(screen.getByRole("button", { name: "Give testimonial" }));

    const text = screen.getByRole("textbox", { name: "Testimonial" });
    await vi.waitFor(() => expect(text).toHaveAttribute("aria-invalid", "true"));
    expect(screen.getByText(tooLong)).toBeInTheDocument();
  });
});

describe("Give: education", () => {
  it("records a book finished, worth the credits said", async () => {
    const fetch = mockHelp({ [EDUCATION]: { status: 201, body: { id: "e1" } } });
    const { user } = render();
    await openMore(user, "Education");

    expect(dateField("Completed on")).toHaveValue(todayIn());
    await user.click(screen.getByRole("combobox", { name: "Kind" }));
    await user.click(await screen.findByRole("option", { name: "Book" }));
    await user.type(screen.getByRole("textbox", { name: "Title" }), "Givers Gain");
    await setDate(user, "Completed on", "2026-01-15");
    const credits = screen.getByRole("textbox", { name: "Credits" });
    expect(credits).toHaveValue("1");
    await user.clear(credits);
    await user.type(credits, "2");
    await user.click(screen.getByRole("button", { name: "Record education" }));

    expect(await screen.findByText("Education recorded")).toBeInTheDocument();
    expect(await sentBodies(fetch, EDUCATION)).toEqual([
      { member: "m9", kind: "book", title: "Givers Gain", completed_on: "2026-01-15", credits: 2 },
    ]);
  });

  it("shows the API's refusal of the date on Completed on", async () => {
    const late = "The date cannot be in the future.";
    mockHelp({ [EDUCATION]: problem(400, "Invalid input.", { completed_on: [late] }) });
    const { user } = render();
    await openMore(user, "Education");

    await user.type(screen.getByRole("textbox", { name: "Title" }), "Givers Gain");
    await user.click(screen.getByRole("button", { name: "Record education" }));

    const date = dateField("Completed on");
    await vi.waitFor(() => expect(date).toHaveAccessibleDescription(late));
    expect(screen.getByRole("dialog", { name: "Give help" })).toBeInTheDocument();
  });
});

describe("Give: other help", () => {
  it("passes a lead on to a member", async () => {
    const fetch = mockHelp({
      [OTHER_HELP]: { status: 201, body: { id: "h1", receiver_name: "Bob Builder" } },
    });
    const { user } = render();
    await openMore(user, "Other help");

    await pickMember(user, "Member");
    const kind = screen.getByRole("radiogroup", { name: "Kind" });
    expect(within(kind).getByRole("radio", { name: "Introduction" })).toBeChecked();
    await user.click(within(kind).getByRole("radio", { name: "Lead passed on" }));
    await user.type(screen.getByRole("textbox", { name: "Note" }), "A builder wanted on Elm St");
    await user.click(screen.getByRole("button", { name: "Give help" }));

    expect(await screen.findByText("Help given to Bob Builder")).toBeInTheDocument();
    expect(await sentBodies(fetch, OTHER_HELP)).toEqual([
      { giver: "m9", receiver: "m2", kind: "lead", note: "A builder wanted on Elm St" },
    ]);
  });

  it("shows the API's refusal of the receiver on the Member field", async () => {
    const refusal = "You cannot give help to yourself.";
    mockHelp({ [OTHER_HELP]: problem(400, "Invalid input.", { receiver: [refusal] }) });
    const { user } = render();
    await openMore(user, "Other help");

    await pickMember(user, "Member");
    await user.click(screen.getByRole("button", { name: "Give help" }));

    const member = screen.getByRole("combobox", { name: "Member" });
    await vi.waitFor(() => expect(member).toHaveAccessibleDescription(refusal));
    expect(screen.getByRole("dialog", { name: "Give help" })).toBeInTheDocument();
  });
});
