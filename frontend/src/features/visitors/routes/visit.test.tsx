import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { EMAIL_INVALID } from "@/lib/email";
import { mockFetch, requests, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { formatDayInWords, formatMeetingStart } from "../components/dates";
import { TOO_MANY_REGISTRATIONS } from "../components/form-errors";
import { aPublicChapter, problem } from "../components/test-data";

import VisitRoute from "./visit";

const CHAPTER = "GET /api/v1/public/demo/chapters/tok/";
const REGISTER = "POST /api/v1/public/demo/chapters/tok/visitors";
const registered = {
  status: 201,
  body: {
    chapter: "Downtown Breakfast",
    date: "2099-03-10",
    starts_at: "2099-03-10T07:00:00Z",
    message: "You are registered. A confirmation is on its way to pat@quinn.example.com.",
  },
};
const routes = [{ path: "/app/visit/:orgSlug/:token", element: <VisitRoute /> }];

function renderVisit(register: Parameters<typeof mockFetch>[0][string] = registered) {
  const fetch = mockFetch({
    [CHAPTER]: { status: 200, body: aPublicChapter() },
    [REGISTER]: register,
  });
  return { fetch, ...renderRoutes(routes, "/app/visit/demo/tok") };
}

type User = ReturnType<typeof renderRoutes>["user"];

async function fillIn(user: User) {
  await user.type(await screen.findByRole("textbox", { name: "Your name" }), "Pat Quinn");
  await user.type(screen.getByRole("textbox", { name: "Email" }), "pat@quinn.example.com");
  await user.type(screen.getByRole("textbox", { name: "Phone" }), "+1 555 0142");
  await user.type(screen.getByRole("textbox", { name: "Business name" }), "Quinn Roofing");
  await user.type(screen.getByRole("textbox", { name: "Profession" }), "Roofer");
}

describe("VisitRoute", () => {
  it("shows the chapter, when and where it meets", async () => {
    renderVisit();

    expect(await screen.findByRole("heading", { name: "Downtown Breakfast" })).toBeInTheDocument();
    expect(screen.getByText("Demo Network")).toBeInTheDocument();
    expect(screen.getByText("Every Tuesday at 07:00, in person")).toBeInTheDocument();
    expect(screen.getByText("Grand Hotel, 1 Main Street")).toBeInTheDocument();
  });

  it("registers the guest with every field, then shows a confirmation instead", async () => {
    const { fetch, user } = renderVisit();

    await fillIn(user);
    await user.click(screen.getByRole("combobox", { name: "Meeting" }));
    await user.click(await screen.findByRole("option", { name: formatDayInWords("2099-03-10") }));
    await user.click(screen.getByRole("combobox", { name: "Who invited you?" }));
    await user.click(await screen.findByRole("option", { name: "Dana Reyes — Reyes Dental" }));
    await user.click(screen.getByRole("button", { name: "Register my visit" }));

    const confirmation = await screen.findByRole("heading", { name: "You're registered" });
    expect(confirmation).toHaveFocus();
    expect(screen.getByText(formatMeetingStart("2099-03-10T07:00:00Z", "Europe/London")))
      .toBeInTheDocument();
    expect(screen.getByText(registered.body.message)).toBeInTheDocument();
    expect(screen.getAllByText("Downtown Breakfast").length).toBeGreaterThan(1);
    expect(screen.queryByRole("button", { name: "Register my visit" })).not.toBeInTheDocument();

    expect(await sentBodies(fetch, REGISTER)).toEqual([
      {
        meeting: "mt2",
        name: "Pat Quinn",
        email: "pat@quinn.example.com",
        phone: "+1 555 0142",
        business_name: "Quinn Roofing",
        profession: "Roofer",
        invited_by: "m1",
        website: "",
      },
    ]);
    // A guest has no session: no cookie, no CSRF token, no question about who is signed in.
    const post = fetch.mock.calls
      .map(([input]) => input as Request)
      .find((request) => request.method === "POST");
    expect(post?.credentials).toBe("omit");
    expect(post?.headers.get("X-CSRFToken")).toBeNull();
    expect(requests(fetch).map((request) => request.key)).toEqual([CHAPTER, REGISTER]);
  });

  it("offers the members by name and business, and the next meeting first", async () => {
    const { user } = renderVisit();

    expect(await screen.findByRole("combobox", { name: "Meeting" })).toHaveValue(
      formatDayInWords("2099-03-03"),
    );
    await user.click(screen.getByRole("combobox", { name: "Who invited you?" }));
    const listbox = await screen.findByRole("listbox");
    expect(within(listbox).getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Dana Reyes — Reyes Dental",
      "Sam Lee",
    ]);
  });

  it("sends a filled honeypot as it is, and lets the server decide", async () => {
    const { fetch, user } = renderVisit();

    await fillIn(user);
    const honeypot = screen.getByLabelText("Leave this field empty");
    expect(honeypot).toHaveAttribute("name", "website");
    expect(honeypot).toHaveAttribute("tabindex", "-1");
    expect(honeypot).toHaveAttribute("autocomplete", "off");
    expect(honeypot.closest("[aria-hidden='true']")).not.toBeNull();
    // Hidden from people and assistive technology, still in the form for robots.
    expect(screen.queryByRole("textbox", { name: "Leave this field empty" })).toBeNull();
    await user.type(honeypot, "https://cheap-pills.example");
    await user.click(screen.getByRole("button", { name: "Register my visit" }));

    expect(await screen.findByRole("heading", { name: "You're registered" })).toBeInTheDocument();
    expect(await sentBodies(fetch, REGISTER)).toEqual([
      expect.objectContaining({ name: "Pat Quinn", website: "https://cheap-pills.example" }),
    ]);
  });

  it("puts the server's field errors on their fields", async () => {
    const { user } = renderVisit(
      problem(400, "The request has invalid fields; see errors.", {
        email: ["Enter a valid email address."],
        meeting: ["Choose an upcoming meeting of this chapter."],
      }),
    );

    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Register my visit" }));

    expect(await screen.findByText("Enter a valid email address.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Email" })).toHaveAccessibleDescription(
      expect.stringContaining("Enter a valid email address.") as string,
    );
    expect(screen.getByRole("combobox", { name: "Meeting" })).toHaveAccessibleDescription(
      "Choose an upcoming meeting of this chapter.",
    );
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "You're registered" })).not.toBeInTheDocument();
  });

  it("tells a guest over the visit limit to apply, above the button", async () => {
    const limit =
      "Pat Quinn has already visited 2 times, the most Downtown Breakfast allows: the next " +
      "step is to apply for membership.";
    const { user } = renderVisit(problem(409, limit, { meeting: [limit] }));

    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Register my visit" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(limit);
    // Said once, as a whole, not also under the meeting.
    expect(screen.getAllByText(limit)).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Register my visit" })).toBeInTheDocument();
  });

  it("asks to come back later when too many registrations came from here", async () => {
    const { user } = renderVisit(
      problem(429, "Request was throttled. Expected available in 600 seconds."),
    );

    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Register my visit" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(TOO_MANY_REGISTRATIONS);
  });

  it("checks the name, the email and the meeting before sending", async () => {
    const fetch = mockFetch({
      [CHAPTER]: { status: 200, body: aPublicChapter() },
    });
    const { user } = renderRoutes(routes, "/app/visit/demo/tok");

    await user.click(await screen.findByRole("button", { name: "Register my visit" }));

    expect(await screen.findByText("Enter your name.")).toBeInTheDocument();
    expect(screen.getByText("Enter your email address.")).toBeInTheDocument();
    expect(await sentBodies(fetch, REGISTER)).toEqual([]);
  });

  it("says a malformed email is not a valid address, not that it is missing", async () => {
    const fetch = mockFetch({
      [CHAPTER]: { status: 200, body: aPublicChapter() },
    });
    const { user } = renderRoutes(routes, "/app/visit/demo/tok");

    await user.type(await screen.findByRole("textbox", { name: "Email" }), "pat@quinn");
    await user.click(screen.getByRole("button", { name: "Register my visit" }));

    expect(await screen.findByText(EMAIL_INVALID)).toBeInTheDocument();
    expect(screen.queryByText("Enter your email address.")).toBeNull();
    expect(await sentBodies(fetch, REGISTER)).toEqual([]);
  });

  it("answers an unknown link kindly", async () => {
    mockFetch({ [CHAPTER]: problem(404, "Not found.") });
    renderRoutes(routes, "/app/visit/demo/tok");

    expect(
      await screen.findByRole("heading", { name: "This visitor link does not work" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Register my visit" })).not.toBeInTheDocument();
  });
});
