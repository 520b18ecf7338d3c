import { screen, within } from "@testing-library/react";
import { describe, expect, it, onTestFinished, vi } from "vitest";

import { mockFetch } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import RosterFilesRoute from "./roster-files";

const LEADER = ["organization:read", "chapters:read", "members:read"];
const president = {
  chapter: "c1",
  chapter_name: "Downtown Breakfast",
  roles: ["president"],
  scopes: ["members:write", "chapters:write"],
};
const me = (leads: (typeof president)[]) => ({
  status: 200,
  body: {
    id: "u1",
    email: "lee@demo.example.com",
    name: "Lee Chan",
    organizations: [
      {
        id: "o1",
        slug: "demo",
        name: "Demo Network",
        role: "member",
        region: null,
        scopes: LEADER,
        seats: [],
        leads,
      },
    ],
  },
});
const downtown = { status: 200, body: { id: "c1", name: "Downtown Breakfast" } };
const IMPORT = "POST /api/v1/orgs/demo/chapters/c1/roster-import";
const report = (overrides: Record<string, unknown> = {}) => ({
  status: 200,
  body: { dry_run: true, rows: 2, created: 0, problems: [], ...overrides },
});
const PROBLEMS = [
  { line: 2, column: "email", message: '"dana@" is not an email address.' },
  { line: 3, column: "category", message: 'No category named "Dentistry".' },
];
const rejected = {
  status: 400,
  body: {
    type: "https://docs.example/errors/invalid",
    title: "Invalid input",
    status: 400,
    detail: "2 problems in the file; nothing was imported.",
    errors: { file: ["2 problems in the file; nothing was imported."], rows: PROBLEMS },
  },
};
const routes = [
  { path: "/app/:orgSlug/chapters/:chapterId/roster-files", element: <RosterFilesRoute /> },
  { path: "/app/:orgSlug/chapters/:chapterId", element: <h1>Chapter page</h1> },
];
const csv = (name = "roster.csv") =>
  new File(["name,email\nDana Reyes,dana@\nSam Lee,sam@lee.example.com\n"], name, {
    type: "text/csv",
  });

/** What each call to the import endpoint asked for: "true" for a check, "false" to import. */
async function dryRuns(fetch: ReturnType<typeof mockFetch>) {
  const sent: unknown[] = [];
  for (const [input] of fetch.mock.calls) {
    const request = input as Request;
    if (`${request.method} ${new URL(request.url).pathname}` !== IMPORT) continue;
    const form = await request.clone().formData();
    sent.push([form.get("dry_run"), form.has("file")]);
  }
  return sent;
}

async function openPage(replies: Parameters<typeof mockFetch>[0]) {
  const fetch = mockFetch({
    "GET /api/v1/me": me([president]),
    "GET /api/v1/orgs/demo/chapters/c1/": downtown,
    ...replies,
  });
  const view = renderRoutes(routes, "/app/demo/chapters/c1/roster-files");
  expect(await screen.findByRole("heading", { name: "Roster files" })).toBeInTheDocument();
  return { fetch, ...view };
}

describe("RosterFilesRoute", () => {
  it("lists every problem of a checked file by line and column, and imports nothing", async () => {
    const { fetch, user } = await openPage({ [IMPORT]: report({ problems: PROBLEMS }) });

    const importButton = screen.getByRole("button", { name: "Import" });
    expect(importButton).toBeDisabled();
    await user.upload(screen.getByLabelText("CSV file"), csv());
    await user.click(screen.getByRole("button", { name: "Check file" }));

    expect(await screen.findByText("2 rows checked")).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Problems in the file" });
    expect(within(table).getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual([
      "Line",
      "Column",
      "Problem",
    ]);
    const [, first, second] = within(table).getAllByRole("row");
    const cells = within(first as HTMLElement).getAllByRole("cell");
    expect(cells.map((cell) => cell.textContent)).toEqual([
      "2",
      "email",
      '"dana@" is not an email address.',
    ]);
    expect(within(second as HTMLElement).getByText("category")).toBeInTheDocument();
    expect(screen.queryByText("No problems: ready to import")).not.toBeInTheDocument();
    expect(importButton).toBeDisabled();
    expect(await dryRuns(fetch)).toEqual([["true", true]]);
  });

  it("imports only the file that checked clean, then links back to the chapter", async () => {
    let calls = 0;
    const { fetch, user, router } = await openPage({
      [IMPORT]: () =>
        ++calls === 2
          ? { status: 201, body: { dry_run: false, rows: 2, created: 2, problems: [] } }
          : report(),
    });
    const importButton = screen.getByRole("button", { name: "Import" });

    await user.upload(screen.getByLabelText("CSV file"), csv());
    expect(importButton).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Check file" }));
    expect(await screen.findByText("No problems: ready to import")).toBeInTheDocument();
    expect(importButton).toBeEnabled();

    // Another file has not been checked.
    await user.upload(screen.getByLabelText("CSV file"), csv("other.csv"));
    expect(importButton).toBeDisabled();
    expect(screen.queryByText("No problems: ready to import")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Check file" }));
    expect(await screen.findByText("No problems: ready to import")).toBeInTheDocument();

    calls = 1;
    await user.click(importButton);
    // A notification, and the result where the file was chosen.
    expect(await screen.findAllByText("Imported 2 members")).toHaveLength(2);
    expect(importButton).toBeDisabled();
    expect(await dryRuns(fetch)).toEqual([
      ["true", true],
      ["true", true],
      ["false", true],
    ]);
    await user.click(screen.getByRole("link", { name: "Back to the chapter" }));
    expect(router.state.location.pathname).toBe("/app/demo/chapters/c1");
  });

  it("shows why an import was refused, row by row", async () => {
    let calls = 0;
    const { user } = await openPage({ [IMPORT]: () => (++calls === 1 ? report() : rejected) });

    await user.upload(screen.getByLabelText("CSV file"), csv());
    await user.click(screen.getByRole("button", { name: "Check file" }));
    await user.click(await screen.findByRole("button", { name: "Import" }));

    expect(
      await screen.findByText("2 problems in the file; nothing was imported."),
    ).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Problems in the file" });
    expect(within(table).getByText('No category named "Dentistry".')).toBeInTheDocument();
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    // Something changed since the check: check again before importing.
    expect(screen.getByRole("button", { name: "Import" })).toBeDisabled();
  });

  it("says what is wrong with a file it cannot read", async () => {
    const message = "The first line must name the columns, including name.";
    const { user } = await openPage({
      [IMPORT]: {
        status: 400,
        body: {
          type: "x",
          title: "Invalid input",
          status: 400,
          detail: "Invalid input.",
          errors: { file: [message] },
        },
      },
    });

    await user.upload(screen.getByLabelText("CSV file"), csv());
    await user.click(screen.getByRole("button", { name: "Check file" }));

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("shows the upload under way with the rows it holds", async () => {
    const { fetch, user } = await openPage({ [IMPORT]: report() });
    let release = () => {};
    const answered = fetch.getMockImplementation()!;
    fetch.mockImplementation(async (input, init) => {
      const request = input as Request;
      if (request.method === "POST") await new Promise<void>((resolve) => (release = resolve));
      return answered(input, init);
    });

    await user.upload(screen.getByLabelText("CSV file"), csv());
    await user.click(screen.getByRole("button", { name: "Check file" }));

    expect(
      await screen.findByRole("progressbar", { name: "Checking 2 rows of roster.csv…" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Check file" })).toBeDisabled();
    release();
    expect(await screen.findByText("2 rows checked")).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("offers a template and downloads the roster as a spreadsheet", async () => {
    // jsdom has no object URLs: stand in for the browser's.
    const saved = Object.getOwnPropertyDescriptors(URL);
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: vi.fn(() => "blob:roster"), revokeObjectURL: revoke });
    onTestFinished(() => {
      for (const name of ["createObjectURL", "revokeObjectURL"] as const) {
        const descriptor = saved[name];
        if (descriptor) Object.defineProperty(URL, name, descriptor);
        else Reflect.deleteProperty(URL, name);
      }
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const { fetch, user } = await openPage({
      "GET /api/v1/orgs/demo/chapters/c1/roster-export": { status: 200, body: "xlsx bytes" },
    });

    const template = screen.getByRole("link", { name: "Download a template" });
    expect(template).toHaveAttribute("download", "roster-template.csv");
    const header = [
      "name,email,business_name,category,phone,website,joined_on,renewal_on,term_years",
      "status,interests",
    ].join(",");
    const [first, example] = decodeURIComponent(template.getAttribute("href") ?? "")
      .replace("data:text/csv;charset=utf-8,", "")
      .split("\r\n");
    expect(first).toBe(header);
    expect(example?.split(",")).toHaveLength(11);

    await user.click(screen.getByRole("button", { name: "Export XLSX" }));
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe("roster.xlsx");
    expect(link.href).toBe("blob:roster");
    const request = fetch.mock.calls.at(-1)?.[0] as Request;
    expect(new URL(request.url).searchParams.get("file_type")).toBe("xlsx");
    // Once the browser has the file, its address is released.
    await vi.waitFor(() => expect(revoke).toHaveBeenCalledWith("blob:roster"), { timeout: 3000 });
  });

  it("is for those who manage the chapter's seats", async () => {
    mockFetch({ "GET /api/v1/me": me([]), "GET /api/v1/orgs/demo/chapters/c1/": downtown });
    renderRoutes(routes, "/app/demo/chapters/c1/roster-files");

    expect(await screen.findByRole("heading", { name: "No access" })).toBeInTheDocument();
  });
});
