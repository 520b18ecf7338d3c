import { describe, expect, it } from "vitest";

import { aChapter } from "./test-data";
import {
  canRegisterVisitors,
  pipelineChapterOptions,
  registrationChapterOptions,
} from "./visitor-chapters";

const MEMBER = ["chapters:read", "members:read", "visitors:invite"];
const STAFF = [...MEMBER, "visitors:read", "visitors:write"];
const DIRECTOR = [...MEMBER, "visitors:read"];
const chapters = [
  aChapter({ id: "c1", name: "Downtown Breakfast" }),
  aChapter({ id: "c2", name: "Harbour Lunch" }),
  aChapter({ id: "c3", name: "Old Town", status: "closed" }),
];
type SeatStatus = "active" | "pending" | "dropped";
const seat = (chapter: string, chapter_name: string, status: SeatStatus = "active") => ({
  member: `m-${chapter}`,
  chapter,
  chapter_name,
  status,
});
const host = (chapter: string, chapter_name: string) => ({
  chapter,
  chapter_name,
  roles: ["visitor_host" as const],
  scopes: ["visitors:read", "visitors:write"],
});
const values = (options: { value: string }[]) => options.map((option) => option.value);

describe("pipelineChapterOptions", () => {
  it("gives those who follow visitors everywhere every chapter", () => {
    expect(values(pipelineChapterOptions({ scopes: DIRECTOR, seats: [], leads: [] }, chapters)))
      .toEqual(["c1", "c2", "c3"]);
  });

  it("gives a leader the chapters they lead only", () => {
    const leader = {
      scopes: MEMBER,
      seats: [seat("c1", "Downtown Breakfast")],
      leads: [host("c2", "Harbour Lunch")],
    };
    expect(pipelineChapterOptions(leader, chapters)).toEqual([
      { value: "c2", label: "Harbour Lunch" },
    ]);
  });
});

describe("registrationChapterOptions", () => {
  it("gives a member the chapters of the seats that still hold, by name", () => {
    const member = {
      scopes: MEMBER,
      seats: [
        seat("c2", "Harbour Lunch"),
        seat("c1", "Downtown Breakfast"),
        seat("c3", "Old Town", "dropped"),
      ],
      leads: [],
    };
    expect(registrationChapterOptions(member, chapters)).toEqual([
      { value: "c1", label: "Downtown Breakfast" },
      { value: "c2", label: "Harbour Lunch" },
    ]);
  });

  it("adds the chapters a leader leads, once each", () => {
    const leader = {
      scopes: MEMBER,
      seats: [seat("c1", "Downtown Breakfast")],
      leads: [host("c1", "Downtown Breakfast"), host("c2", "Harbour Lunch")],
    };
    expect(values(registrationChapterOptions(leader, []))).toEqual(["c1", "c2"]);
  });

  it("gives staff every chapter that meets", () => {
    expect(values(registrationChapterOptions({ scopes: STAFF, seats: [], leads: [] }, chapters)))
      .toEqual(["c1", "c2"]);
  });
});

describe("canRegisterVisitors", () => {
  it("needs a seat that holds, a led chapter, or staff's reach", () => {
    expect(canRegisterVisitors({ scopes: MEMBER, seats: [seat("c1", "D")], leads: [] })).toBe(true);
    expect(canRegisterVisitors({ scopes: MEMBER, seats: [seat("c1", "D", "pending")], leads: [] }))
      .toBe(false);
    expect(canRegisterVisitors({ scopes: MEMBER, seats: [], leads: [host("c1", "D")] })).toBe(true);
    expect(canRegisterVisitors({ scopes: STAFF, seats: [], leads: [] })).toBe(true);
    expect(canRegisterVisitors({ scopes: DIRECTOR, seats: [], leads: [] })).toBe(false);
  });
});
