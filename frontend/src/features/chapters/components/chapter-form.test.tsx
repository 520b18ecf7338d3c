import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch, sentBodies } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import { useCreateChapter } from "../api/create-chapter";

import { ChapterForm } from "./chapter-form";

const regions = {
  status: 200,
  body: {
    next: null,
    previous: null,
    results: [
      {
        id: "r1",
        name: "North",
        created_at: "2025-01-01T00:00:00Z",
        updated_at: "2025-01-01T00:00:00Z",
      },
    ],
  },
};

function NewChapter() {
  const create = useCreateChapter("demo");
  return (
    <ChapterForm
      orgSlug="demo"
      submitLabel="Create chapter"
      pending={create.isPending}
      onSubmit={create.mutateAsync}
    />
  );
}

const problem = (status: number, detail: string, errors: Record<string, string[]>) => ({
  status,
  body: { type: "https://docs.example/errors/x", title: "Error", status, detail, errors },
});

describe("ChapterForm", () => {
  it("shows the server's field errors next to their fields", async () => {
    const fetch = mockFetch({
      "GET /api/v1/orgs/demo/regions/": regions,
      "POST /api/v1/orgs/demo/chapters/": problem(400, "The request has invalid fields; see errors.", {
        meeting_link: ["Enter a valid URL."],
        capacity: ["Ensure this value is less than or equal to 500."],
      }),
    });
    const { user } = renderWithProviders(<NewChapter />);

    await user.type(screen.getByLabelText("Chapter name", { exact: false }), "Downtown Breakfast");
    await user.click(screen.getByRole("combobox", { name: "Region" }));
    await user.click(await screen.findByRole("option", { name: "North" }));
    await user.type(screen.getByLabelText("Meeting link", { exact: false }), "meet.example.com");
    await user.click(screen.getByRole("button", { name: "Create chapter" }));

    expect(await screen.findByText("Enter a valid URL.")).toBeInTheDocument();
    expect(screen.getByLabelText("Meeting link", { exact: false })).toHaveAccessibleDescription(
      expect.stringContaining("Enter a valid URL.") as string,
    );
    expect(screen.getByLabelText("Capacity (seats)", { exact: false })).toHaveAccessibleDescription(
      "Ensure this value is less than or equal to 500.",
    );
    // Every field went to the server; without a time zone the organization's applies.
    expect(await sentBodies(fetch, "POST /api/v1/orgs/demo/chapters/")).toEqual([
      {
        name: "Downtown Breakfast",
        region: "r1",
        status: "forming",
        meeting_frequency: "weekly",
        meeting_weekday: 1,
        meeting_start_time: "07:00",
        meeting_duration_minutes: 90,
        meeting_format: "in_person",
        meeting_place: "",
        meeting_link: "meet.example.com",
        capacity: 50,
      },
    ]);
  });

  it("shows a taken name on the name field", async () => {
    const taken = "A chapter with this name already exists in the organization.";
    mockFetch({
      "GET /api/v1/orgs/demo/regions/": regions,
      "POST /api/v1/orgs/demo/chapters/": problem(409, taken, { name: [taken] }),
    });
    const { user } = renderWithProviders(<NewChapter />);

    await user.type(screen.getByLabelText("Chapter name", { exact: false }), "Downtown");
    await user.click(screen.getByRole("button", { name: "Create chapter" }));

    expect(await screen.findByText(taken)).toBeInTheDocument();
    expect(screen.getByLabelText("Chapter name", { exact: false })).toHaveAccessibleDescription(
      taken,
    );
    // On the field, not repeated above the button.
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("checks the schedule before asking the server", async () => {
    const fetch = mockFetch({ "GET /api/v1/orgs/demo/regions/": regions });
    const { user } = renderWithProviders(<NewChapter />);

    const duration = screen.getByLabelText("Duration (minutes)", { exact: false });
    await user.clear(duration);
    await user.type(duration, "5");
    await user.click(screen.getByRole("button", { name: "Create chapter" }));

    expect(await screen.findByText("Enter the chapter's name.")).toBeInTheDocument();
    expect(screen.getByText("Use 15 to 480 minutes.")).toBeInTheDocument();
    expect(await sentBodies(fetch, "POST /api/v1/orgs/demo/chapters/")).toEqual([]);
  });
});
