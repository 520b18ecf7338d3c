import { notifications } from "@mantine/notifications";
import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import { formatDayInWords } from "../components/dates";
import { aChapter, aVisitor, problem } from "../components/test-data";

import RegisterVisitorRoute from "./register-visitor";

const MEMBER = ["chapters:read", "members:read", "meetings:read", "visitors:invite"];
const seat = (chapter: string, chapter_name: string, status = "active") => ({
  member: `m-${chapter}`,
  chapter,
  chapter_name,
  status,
});

function me(scopes: string[], seats: unknown[], leads: unknown[] = []) {
  return {
    status: 200,
    body: {
      id: "u1",
      email: "dana@demo.example.com",
      name: "Dana Reyes",
      organizations: [
        {
          id: "o1",
          slug: "demo",
          name: "Demo Network",
          role: "member",
          region: null,
          scopes,
          seats,
          leads,
        },
      ],
    },
  };
}

const page = (results: unknown[]) => ({
  status: 200,
  body: { next: null, previous: null, results },
});
const meeting = (id: string, date: string) => ({
  id,
  chapter: "c1",
  date,
  starts_at: `${date}T07:00:00Z`,
  duration_minutes: 90,
  report_status: "draft",
  note: "",
  completed_at: null,
});
const REGISTER = "POST /api/v1/orgs/demo/visitors/";

// Notifications live outside the rendered tree; each test starts without any.
afterEach(() => notifications.clean());
const routes = [{ path: "/app/:orgSlug/visitors/new", element: <RegisterVisitorRoute /> }];

type Reply = Parameters<typeof mockFetch>[0][string];

function renderPage(register: Reply, seats = [seat("c1", "Downtown Breakfast")]) {
  const fetch = mockFetch({
    "GET /api/v1/me": me(MEMBER, seats),
    "GET /api/v1/orgs/demo/meetings/": (request) => {
      const query = new URL(request.url).searchParams;
      // Only the chosen chapter's meetings still to come, whose report is open.
      if (query.get("report_status") !== "draft" || !query.get("date_from")) return { status: 400 };
      return query.get("chapter") === "c1"
        ? page([meeting("mt1", "2099-03-03"), meeting("mt2", "2099-03-10")])
        : page([meeting("mt7", "2099-03-05")]);
    },
    [REGISTER]: register,
  });
  return { fetch, ...renderRoutes(routes, "/app/demo/visitors/new") };
}

type User = ReturnType<typeof renderRoutes>["user"];

async function fillIn(user: User) {
  await user.click(await screen.findByRole("combobox", { name: "Meeting" }));
  await user.click(await screen.findByRole("option", { name: formatDayInWords("2099-03-10") }));
  await user.type(screen.getByRole("textbox", { name: "Name" }), "Pat Quinn");
  await user.type(screen.getByRole("textbox", { name: "Email" }), "pat@quinn.example.com");
  await user.type(screen.getByRole("textbox", { name: "Phone" }), "+1 555 0142");
  await user.type(screen.getByRole("textbox", { name: "Business name" }), "Quinn Roofing");
  await user.type(screen.getByRole("textbox", { name: "Profession" }), "Roofer");
}

describe("RegisterVisitorRoute", () => {
  it("registers a guest for the member's chapter, then clears the form for the next", async () => {
    const { fetch, user } = renderPage({ status: 201, body: aVisitor() });

    expect(await screen.findByRole("combobox", { name: "Chapter" })).toHaveValue(
      "Downtown Breakfast",
    );
    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Register visitor" }));

    expect(await screen.findByText("Visitor registered")).toBeInTheDocument();
    expect(await sentBodies(fetch, REGISTER)).toEqual([
      {
        chapter: "c1",
        meeting: "mt2",
        name: "Pat Quinn",
        email: "pat@quinn.example.com",
        phone: "+1 555 0142",
        business_name: "Quinn Roofing",
        profession: "Roofer",
      },
    ]);
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue("");
    expect(screen.getByRole("textbox", { name: "Email" })).toHaveValue("");
    expect(screen.getByRole("combobox", { name: "Chapter" })).toHaveValue("Downtown Breakfast");
  });

  it("offers only the chapters where the member holds a seat", async () => {
    const { user } = renderPage({ status: 201, body: aVisitor() }, [
      seat("c1", "Downtown Breakfast"),
      seat("c2", "Harbour Lunch"),
      seat("c3", "Old Town", "dropped"),
    ]);

    const chapter = await screen.findByRole("combobox", { name: "Chapter" });
    expect(chapter).toHaveValue("");
    await user.click(chapter);
    expect((await screen.findAllByRole("option")).map((option) => option.textContent)).toEqual([
      "Downtown Breakfast",
      "Harbour Lunch",
    ]);
    await user.click(screen.getByRole("option", { name: "Harbour Lunch" }));
    await user.click(screen.getByRole("combobox", { name: "Meeting" }));
    expect(
      await screen.findByRole("option", { name: formatDayInWords("2099-03-05") }),
    ).toBeInTheDocument();
  });

  it("says the guest should apply once they visited as often as allowed", async () => {
    const limit =
      "Pat Quinn has already visited 2 times, the most Downtown Breakfast allows: the next " +
      "step is to apply for membership.";
    const { user } = renderPage(problem(409, limit, { meeting: [limit] }));

    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Register visitor" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(limit);
    expect(screen.getByRole("textbox", { name: "Name" })).toHaveValue("Pat Quinn");
  });

  it("puts the server's field errors on their fields", async () => {
    const { user } = renderPage(
      problem(400, "The request has invalid fields; see errors.", {
        meeting: ["Choose an upcoming meeting of this chapter."],
      }),
    );

    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Register visitor" }));

    const notUpcoming = "Choose an upcoming meeting of this chapter.";
    expect(await screen.findByText(notUpcoming)).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Meeting" })).toHaveAccessibleDescription(
      notUpcoming,
    );
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("lets staff register a guest for any chapter that meets", async () => {
    mockFetch({
      "GET /api/v1/me": me([...MEMBER, "visitors:read", "visitors:write"], []),
      "GET /api/v1/orgs/demo/chapters/": page([
        aChapter(),
        aChapter({ id: "c2", name: "Harbour Lunch" }),
        aChapter({ id: "c3", name: "Old Town", status: "closed" }),
      ]),
    });
    const { user } = renderRoutes(routes, "/app/demo/visitors/new");

    await user.click(await screen.findByRole("combobox", { name: "Chapter" }));
    expect((await screen.findAllByRole("option")).map((option) => option.textContent)).toEqual([
      "Downtown Breakfast",
      "Harbour Lunch",
    ]);
    expect(screen.getByRole("link", { name: "All visitors" })).toHaveAttribute(
      "href",
      "/app/demo/visitors",
    );
  });
});
