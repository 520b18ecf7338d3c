import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { mockFetch, requests } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import type { OneToOne } from "../api/get-one-to-ones";
import {
  aChapter,
  aOneToOne,
  meWithSeat,
  organization,
  page,
  problem,
} from "../components/test-data";

import MyOneToOnesRoute from "./my-one-to-ones";

const routes = [{ path: "/app/:orgSlug/one-to-ones", element: <MyOneToOnesRoute /> }];
const LIST = "GET /api/v1/orgs/demo/one-to-ones/";
const CONFIRM = "POST /api/v1/orgs/demo/one-to-ones/o2o1/confirm";
const DISPUTE = "POST /api/v1/orgs/demo/one-to-ones/o2o1/dispute";
const TO_CONFIRM = "1-2-1 with Bob Builder on Mar 3, 2026";

// Logged by the person (m9) with Bob, who confirmed: it counts.
const logged = aOneToOne({
  id: "o2o2",
  member: "m9",
  member_name: "Ann Giver",
  participants: [{ id: "p2", member: "m2", member_name: "Bob Builder", answer: "confirmed" }],
  met_on: "2026-02-20",
  mode: "video",
  counted: true,
});

/** The 1-2-1s as the server keeps them: an answer shows in the next list. */
function mockOneToOnes(extra: Parameters<typeof mockFetch>[0] = {}) {
  let waiting: OneToOne = aOneToOne({ notes: "Talked about referrals for builders." });
  const answer = (to: "confirmed" | "disputed") => {
    waiting = {
      ...waiting,
      participants: waiting.participants.map((participant) => ({ ...participant, answer: to })),
      counted: to === "confirmed",
    };
    return { status: 200, body: waiting };
  };
  return mockFetch({
    "GET /api/v1/me": meWithSeat(),
    [LIST]: () => page([waiting, logged]),
    [CONFIRM]: () => answer("confirmed"),
    [DISPUTE]: () => answer("disputed"),
    ...extra,
  });
}

afterEach(() => notifications.clean());

describe("MyOneToOnesRoute", () => {
  it("asks the person to confirm a 1-2-1 logged with them, then lists them all", async () => {
    mockOneToOnes();
    renderRoutes(routes, "/app/demo/one-to-ones");

    expect(await screen.findByRole("heading", { level: 1, name: "1-2-1s" })).toBeInTheDocument();
    const toConfirm = await screen.findByRole("region", { name: "To confirm" });
    const card = within(toConfirm).getByRole("article", { name: TO_CONFIRM });
    expect(card).toHaveTextContent("Mar 3, 2026 · In person");
    expect(card).toHaveTextContent("Talked about referrals for builders.");
    expect(within(card).getByRole("button", { name: "Confirm" })).toBeEnabled();
    expect(within(card).getByRole("button", { name: "Dispute" })).toBeEnabled();

    const all = screen.getByRole("region", { name: "All 1-2-1s" });
    const waiting = within(all).getByRole("article", {
      name: "Bob Builder met Ann Giver on Mar 3, 2026",
    });
    expect(waiting).toHaveTextContent("Waiting for confirmation");
    expect(waiting).toHaveTextContent("Ann GiverNot answered yet");
    const counted = within(all).getByRole("article", {
      name: "Ann Giver met Bob Builder on Feb 20, 2026",
    });
    expect(counted).toHaveTextContent("Counted");
    expect(counted).toHaveTextContent("Feb 20, 2026 · Video");
    expect(counted).toHaveTextContent("Bob BuilderConfirmed");
    // Only the people met answer: nothing to answer on the 1-2-1 the person logged.
    expect(within(all).queryByRole("button", { name: "Confirm" })).toBeNull();
    expect(within(all).queryByRole("button", { name: "Dispute" })).toBeNull();
  });

  it("confirms in one tap: the 1-2-1 counts and leaves the ones to confirm", async () => {
    const fetch = mockOneToOnes();
    const { user } = renderRoutes(routes, "/app/demo/one-to-ones");

    const card = await screen.findByRole("article", { name: TO_CONFIRM });
    await user.click(within(card).getByRole("button", { name: "Confirm" }));

    expect(await screen.findByText("1-2-1 confirmed")).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.queryByRole("region", { name: "To confirm" })).toBeNull());
    const confirmed = screen.getByRole("article", {
      name: "Bob Builder met Ann Giver on Mar 3, 2026",
    });
    expect(confirmed).toHaveTextContent("Counted");
    expect(confirmed).toHaveTextContent("Ann GiverConfirmed");
    expect(requests(fetch).filter((request) => request.key === CONFIRM)).toHaveLength(1);
    expect(requests(fetch).some((request) => request.key === DISPUTE)).toBe(false);
  });

  it("says why an answer was refused, when it was given already", async () => {
    const already = "This 1-2-1 was answered already.";
    mockOneToOnes({ [CONFIRM]: problem(409, already) });
    const { user } = renderRoutes(routes, "/app/demo/one-to-ones");

    const card = await screen.findByRole("article", { name: TO_CONFIRM });
    await user.click(within(card).getByRole("button", { name: "Confirm" }));

    expect(await screen.findByText(already)).toBeInTheDocument();
    expect(screen.getByText("Answer not recorded")).toBeInTheDocument();
  });

  it("disputes after asking once more", async () => {
    const fetch = mockOneToOnes();
    const { user } = renderRoutes(routes, "/app/demo/one-to-ones");

    const card = await screen.findByRole("article", { name: TO_CONFIRM });
    await user.click(within(card).getByRole("button", { name: "Dispute" }));
    const dialog = await screen.findByRole("dialog", { name: "Dispute this 1-2-1?" });
    expect(requests(fetch).some((request) => request.key === DISPUTE)).toBe(false);
    await user.click(within(dialog).getByRole("button", { name: "Dispute" }));

    await vi.waitFor(() => expect(screen.queryByRole("region", { name: "To confirm" })).toBeNull());
    const disputed = screen.getByRole("article", {
      name: "Bob Builder met Ann Giver on Mar 3, 2026",
    });
    expect(disputed).toHaveTextContent("Ann GiverDisputed");
    expect(requests(fetch).filter((request) => request.key === DISPUTE)).toHaveLength(1);
  });

  it("says when there is no 1-2-1 yet", async () => {
    mockOneToOnes({ [LIST]: page([]) });
    renderRoutes(routes, "/app/demo/one-to-ones");

    expect(await screen.findByText(/No 1-2-1 yet/)).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "To confirm" })).toBeNull();
  });

  it("opens the Give sheet on a 1-2-1, ready to say who was met", async () => {
    mockOneToOnes({
      "GET /api/v1/orgs/demo/chapters/": page([aChapter("c1", "Downtown")]),
      "GET /api/v1/orgs/demo/": organization,
    });
    const { user } = renderRoutes(routes, "/app/demo/one-to-ones");

    await user.click(await screen.findByRole("button", { name: "Log a 1-2-1" }));

    const dialog = await screen.findByRole("dialog", { name: "Give help" });
    expect(within(dialog).getByRole("radio", { name: "1-2-1" })).toBeChecked();
    expect(within(dialog).getByRole("combobox", { name: "Who did you meet?" })).toHaveFocus();
  });

  it("tells someone without a seat that 1-2-1s are for members", async () => {
    mockFetch({ "GET /api/v1/me": meWithSeat([]) });
    renderRoutes(routes, "/app/demo/one-to-ones");

    expect(await screen.findByText("No seat in a chapter")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Log a 1-2-1" })).toBeNull();
  });
});
