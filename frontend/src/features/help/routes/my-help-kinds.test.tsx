import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { mockFetch, requests, sentBodies, sentQueries } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import type { EducationCredit } from "../api/education-credits";
import type { Visitor } from "../api/invited-visitors";
import type { OtherHelp } from "../api/other-help";
import type { Testimonial } from "../api/testimonials";
import { MEMBER_SCOPES, meWithSeat, page, problem } from "../components/test-data";

import MyHelpRoute from "./my-help";

const routes = [{ path: "/app/:orgSlug/my-help", element: <MyHelpRoute /> }];
const ORG = "/api/v1/orgs/demo";

/**
 * One kind of slip behind the API: the list (the person's, m9's, and someone else's), its
 * PATCH answering with `fixed` (after the refusals given, one per request, if any) and its
 * DELETE taking it away. What was sent is checked on its own.
 */
function mockSlips<Slip extends { id: string }>(options: {
  list: string;
  mine: Slip;
  theirs: Slip;
  fixed: Slip;
  refusals?: ReturnType<typeof problem>[];
  /** The slip's own address, when it is not the list's followed by its id. */
  detail?: string;
  scopes?: string[];
}) {
  let mine: Slip | null = options.mine;
  const refusals = [...(options.refusals ?? [])];
  const detail = options.detail ?? `${options.list}${options.mine.id}/`;
  const fetch = mockFetch({
    "GET /api/v1/me": meWithSeat(undefined, options.scopes),
    [`GET ${options.list}`]: () => page(mine ? [mine, options.theirs] : [options.theirs]),
    [`PATCH ${detail}`]: () => {
      const refused = refusals.shift();
      if (refused) return refused;
      mine = options.fixed;
      return { status: 200, body: mine };
    },
    [`DELETE ${detail}`]: () => {
      mine = null;
      return { status: 204 };
    },
  });
  return { fetch, detail };
}

type User = ReturnType<typeof renderRoutes>["user"];

async function openTab(user: User, name: string) {
  await user.click(await screen.findByRole("tab", { name }, { timeout: 5000 }));
}

async function openMenu(user: User, card: string, menu: string, item: string) {
  const article = await screen.findByRole("article", { name: card }, { timeout: 5000 });
  await user.click(within(article).getByRole("button", { name: menu }));
  await user.click(await screen.findByRole("menuitem", { name: item }));
}

/** Withdraw asks once more, sends nothing before the answer, then says it is done. */
async function withdrawAfterAsking(
  user: User,
  fetch: ReturnType<typeof mockFetch>,
  detail: string,
  names: { title: string; confirm: string; notice: string; empty: string },
) {
  const dialog = await screen.findByRole("dialog", { name: names.title });
  const deletes = () => requests(fetch).filter((r) => r.key === `DELETE ${detail}`);
  expect(deletes()).toHaveLength(0);
  await user.click(within(dialog).getByRole("button", { name: names.confirm }));
  expect(await screen.findByText(names.notice)).toBeInTheDocument();
  expect(deletes()).toHaveLength(1);
  expect(await screen.findByText(names.empty)).toBeInTheDocument();
}

function aCredit(overrides: Partial<EducationCredit> = {}): EducationCredit {
  return {
    id: "e1",
    chapter: "c1",
    member: "m9",
    member_name: "Ann Giver",
    kind: "course",
    title: "Listening skills",
    completed_on: "2026-03-02",
    credits: 2,
    created_at: "2026-03-03T10:00:00Z",
    ...overrides,
  };
}

function aTestimonial(overrides: Partial<Testimonial> = {}): Testimonial {
  return {
    id: "s1",
    chapter: "c1",
    giver: "m9",
    giver_name: "Ann Giver",
    receiver: "m2",
    receiver_name: "Bob Builder",
    text: "Bob fixed our roof in a day.",
    meeting: null,
    created_at: "2026-03-03T10:00:00Z",
    ...overrides,
  };
}

function anOtherHelp(overrides: Partial<OtherHelp> = {}): OtherHelp {
  return {
    id: "h1",
    chapter: "c1",
    giver: "m9",
    giver_name: "Ann Giver",
    receiver: "m2",
    receiver_name: "Bob Builder",
    kind: "introduction",
    note: "Met the bakery owner",
    created_at: "2026-03-03T10:00:00Z",
    ...overrides,
  };
}

afterEach(() => notifications.clean());

describe("My help: education", () => {
  const list = `${ORG}/education-credits/`;
  const options = {
    list,
    mine: aCredit(),
    theirs: aCredit({ id: "e2", member: "m2", member_name: "Bob", title: "Bob's book" }),
    fixed: aCredit({ title: "Active listening", credits: 3 }),
    refusals: [problem(400, "Invalid input.", { title: ["This title is not allowed."] })],
  };
  const CARD = "Course: Listening skills";
  const MENU = "More actions for the education credit Listening skills";

  it("lists the person's credits and fixes one, the API's refusal on its field", async () => {
    const { fetch, detail } = mockSlips(options);
    const { user } = renderRoutes(routes, "/app/demo/my-help");
    await openTab(user, "Education");
    await openMenu(user, CARD, MENU, "Edit");
    expect(screen.queryByRole("article", { name: /Bob's book/ })).toBeNull();

    const dialog = await screen.findByRole("dialog", { name: "Edit education credit" });
    const title = within(dialog).getByRole("textbox", { name: "Title" });
    expect(title).toHaveValue("Listening skills");
    await user.clear(title);
    await user.type(title, "Nope");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));
    await vi.waitFor(() => expect(title).toHaveAccessibleDescription("This title is not allowed."));

    await user.clear(title);
    await user.type(title, "Active listening");
    const credits = within(dialog).getByRole("textbox", { name: "Credits" });
    await user.clear(credits);
    await user.type(credits, "3");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("Education credit updated")).toBeInTheDocument();
    expect(await sentBodies(fetch, `PATCH ${detail}`)).toEqual([
      { title: "Nope" },
      { title: "Active listening", credits: 3 },
    ]);
    expect(
      await screen.findByRole("article", { name: "Course: Active listening" }),
    ).toHaveTextContent("3 credits");
  });

  it("withdraws one after asking once more", async () => {
    const { fetch, detail } = mockSlips(options);
    const { user } = renderRoutes(routes, "/app/demo/my-help?kind=education");
    await openMenu(user, CARD, MENU, "Withdraw");
    await withdrawAfterAsking(user, fetch, detail, {
      title: "Withdraw this education credit?",
      confirm: "Withdraw education credit",
      notice: "Education credit withdrawn",
      empty: "No education recorded yet",
    });
  });
});

describe("My help: testimonials", () => {
  const list = `${ORG}/testimonials/`;
  const options = {
    list,
    mine: aTestimonial(),
    theirs: aTestimonial({ id: "s2", giver: "m2", receiver_name: "Ann Giver" }),
    fixed: aTestimonial({ text: "Bob fixed our roof in an hour." }),
  };
  const CARD = "Testimonial for Bob Builder";
  const MENU = "More actions for the testimonial for Bob Builder";

  it("asks for the testimonials the person gave and rewords one", async () => {
    const { fetch, detail } = mockSlips(options);
    const { user } = renderRoutes(routes, "/app/demo/my-help");
    await openTab(user, "Testimonials");
    await openMenu(user, CARD, MENU, "Edit");
    expect(sentQueries(fetch, `GET ${list}`)[0]).toMatchObject({ direction: "given" });
    expect(screen.queryByRole("article", { name: "Testimonial for Ann Giver" })).toBeNull();

    const dialog = await screen.findByRole("dialog", { name: "Edit testimonial" });
    const text = within(dialog).getByRole("textbox", { name: "Testimonial" });
    expect(text).toHaveValue("Bob fixed our roof in a day.");
    await user.clear(text);
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));
    expect(text).toHaveAccessibleDescription(expect.stringContaining("Write the testimonial."));
    await user.type(text, " Bob fixed our roof in an hour. ");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("Testimonial updated")).toBeInTheDocument();
    expect(await sentBodies(fetch, `PATCH ${detail}`)).toEqual([
      { text: "Bob fixed our roof in an hour." },
    ]);
    expect(await screen.findByRole("article", { name: CARD })).toHaveTextContent("in an hour");
  });

  it("withdraws one after asking once more", async () => {
    const { fetch, detail } = mockSlips(options);
    const { user } = renderRoutes(routes, "/app/demo/my-help?kind=testimonials");
    await openMenu(user, CARD, MENU, "Withdraw");
    await withdrawAfterAsking(user, fetch, detail, {
      title: "Withdraw this testimonial?",
      confirm: "Withdraw testimonial",
      notice: "Testimonial withdrawn",
      empty: "No testimonial given yet",
    });
  });
});

describe("My help: other help", () => {
  const list = `${ORG}/other-help/`;
  const options = {
    list,
    mine: anOtherHelp(),
    // Help Bob gave the person: theirs to see, not to fix.
    theirs: anOtherHelp({ id: "h2", giver: "m2", receiver: "m9", receiver_name: "Ann Giver" }),
    fixed: anOtherHelp({ kind: "lead", note: "The bakery wants new ovens" }),
  };
  const CARD = "Introduction for Bob Builder";
  const MENU = "More actions for the help given to Bob Builder";

  it("lists the help the person gave and fixes its kind and note", async () => {
    const { fetch, detail } = mockSlips(options);
    const { user } = renderRoutes(routes, "/app/demo/my-help");
    await openTab(user, "Other help");
    await openMenu(user, CARD, MENU, "Edit");
    expect(screen.queryByRole("article", { name: /for Ann Giver/ })).toBeNull();

    const dialog = await screen.findByRole("dialog", { name: "Edit help" });
    await user.click(within(dialog).getByRole("radio", { name: "Lead passed on" }));
    const note = within(dialog).getByRole("textbox", { name: "Note" });
    expect(note).toHaveValue("Met the bakery owner");
    await user.clear(note);
    await user.type(note, "The bakery wants new ovens");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("Help updated")).toBeInTheDocument();
    expect(await sentBodies(fetch, `PATCH ${detail}`)).toEqual([
      { kind: "lead", note: "The bakery wants new ovens" },
    ]);
    expect(
      await screen.findByRole("article", { name: "Lead passed on for Bob Builder" }),
    ).toBeInTheDocument();
  });

  it("withdraws one after asking once more", async () => {
    const { fetch, detail } = mockSlips(options);
    const { user } = renderRoutes(routes, "/app/demo/my-help?kind=other-help");
    await openMenu(user, CARD, MENU, "Withdraw");
    await withdrawAfterAsking(user, fetch, detail, {
      title: "Withdraw this help?",
      confirm: "Withdraw help",
      notice: "Help withdrawn",
      empty: "No other help given yet",
    });
  });
});

function aVisitor(overrides: Partial<Visitor> = {}): Visitor {
  return {
    id: "v1",
    chapter: "c1",
    name: "Gus Gest",
    email: "gus@example.com",
    phone: "",
    business_name: "",
    profession: "Baker",
    invited_by: "m9",
    invited_by_name: "Ann Giver",
    source: "member",
    status: "new",
    notes: "",
    visits: [{ id: "w1", meeting: "mt1", date: "2026-03-10", attended: null }],
    created_at: "2026-03-03T10:00:00Z",
    ...overrides,
  };
}

describe("My help: visitors", () => {
  const list = `${ORG}/visitors/invited`;
  const options = {
    list,
    detail: `${ORG}/visitors/v1/invited`,
    scopes: [...MEMBER_SCOPES, "visitors:invite"],
    mine: aVisitor(),
    theirs: aVisitor({ id: "v2", name: "Vera Visitor", status: "contacted" }),
    fixed: aVisitor({ name: "Gus Guest" }),
    refusals: [problem(400, "Invalid input.", { phone: ["Enter a valid phone number."] })],
  };
  const CARD = "Visitor Gus Gest";
  const MENU = "More actions for the visitor Gus Gest";

  it("lists the guests the person brought with their status, and fixes a misspelt name", async () => {
    const { fetch, detail } = mockSlips(options);
    const { user } = renderRoutes(routes, "/app/demo/my-help");
    await openTab(user, "Visitors");
    expect(
      await screen.findByRole("article", { name: "Visitor Vera Visitor" }, { timeout: 5000 }),
    ).toHaveTextContent("Contacted");
    await openMenu(user, CARD, MENU, "Edit");

    const dialog = await screen.findByRole("dialog", { name: "Edit visitor" });
    const name = within(dialog).getByRole("textbox", { name: "Name" });
    expect(name).toHaveValue("Gus Gest");
    await user.clear(name);
    await user.type(name, "Gus Guest");
    const phone = within(dialog).getByRole("textbox", { name: "Phone" });
    await user.type(phone, "call me");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));
    await vi.waitFor(() => expect(phone).toHaveAccessibleDescription("Enter a valid phone number."));
    await user.clear(phone);
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("Visitor updated")).toBeInTheDocument();
    expect(await sentBodies(fetch, `PATCH ${detail}`)).toEqual([
      { name: "Gus Guest", phone: "call me" },
      { name: "Gus Guest" },
    ]);
    expect(await screen.findByRole("article", { name: "Visitor Gus Guest" })).toHaveTextContent(
      "New",
    );
  });

  it("withdraws one after asking once more", async () => {
    const { fetch, detail } = mockSlips({ ...options, theirs: aVisitor({ id: "v2", name: "Vera" }) });
    const { user } = renderRoutes(routes, "/app/demo/my-help?kind=visitors");
    await openMenu(user, CARD, MENU, "Withdraw");
    const dialog = await screen.findByRole("dialog", { name: "Withdraw this visitor?" });
    const deletes = () => requests(fetch).filter((r) => r.key === `DELETE ${detail}`);
    expect(deletes()).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Withdraw visitor" }));
    expect(await screen.findByText("Visitor withdrawn")).toBeInTheDocument();
    expect(deletes()).toHaveLength(1);
    await vi.waitFor(() => expect(screen.queryByRole("article", { name: CARD })).toBeNull());
  });

  it("has no visitors tab for a person who may not invite", async () => {
    mockFetch({
      "GET /api/v1/me": meWithSeat(undefined, MEMBER_SCOPES),
      [`GET ${ORG}/thank-yous/`]: page([]),
    });
    renderRoutes(routes, "/app/demo/my-help?kind=visitors");
    expect(await screen.findByRole("tab", { name: "Thank-yous" }, { timeout: 5000 })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    expect(screen.queryByRole("tab", { name: "Visitors" })).toBeNull();
  });
});
