import { afterEach, describe, expect, it, vi } from "vitest";

import { mockFetch } from "@/testing/fetch";

import { getAllChapters } from "./chapters";
import { toChoices } from "./choices";
import { fetchAllPages } from "./fetch-all-pages";

const NEXT = "http://testserver/api/v1/orgs/demo/chapters/?cursor=cD0y&page_size=200";

describe("fetchAllPages", () => {
  it("follows the next link's cursor until the last page", async () => {
    const fetchPage = vi.fn((cursor: string | undefined) =>
      Promise.resolve(
        cursor === undefined
          ? { next: NEXT, results: ["north", "south"] }
          : { next: null, results: ["east"] },
      ),
    );

    await expect(fetchAllPages(fetchPage)).resolves.toEqual(["north", "south", "east"]);
    expect(fetchPage.mock.calls).toEqual([[undefined], ["cD0y"]]);
  });

  it("asks once when everything fits on one page", async () => {
    const fetchPage = vi.fn(() => Promise.resolve({ next: null, results: [] as string[] }));

    await expect(fetchAllPages(fetchPage)).resolves.toEqual([]);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it("stops at a failed page", async () => {
    const fetchPage = vi.fn((cursor: string | undefined) =>
      cursor === undefined
        ? Promise.resolve({ next: NEXT, results: ["north"] })
        : Promise.reject(new Error("offline")),
    );

    await expect(fetchAllPages(fetchPage)).rejects.toThrow("offline");
  });
});

describe("getAllChapters", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reads every page of the organization's chapters", async () => {
    const seen: URLSearchParams[] = [];
    mockFetch({
      "GET /api/v1/orgs/demo/chapters/": (request) => {
        const query = new URL(request.url).searchParams;
        seen.push(query);
        const body = query.get("cursor")
          ? { next: null, previous: null, results: [{ id: "c2", name: "Bay" }] }
          : { next: NEXT, previous: null, results: [{ id: "c1", name: "Alpha" }] };
        return { status: 200, body };
      },
    });

    const chapters = await getAllChapters("demo");

    expect(toChoices(chapters)).toEqual([
      { value: "c1", label: "Alpha" },
      { value: "c2", label: "Bay" },
    ]);
    expect(seen.map((query) => [query.get("cursor"), query.get("page_size")])).toEqual([
      [null, "200"],
      ["cD0y", "200"],
    ]);
  });
});
