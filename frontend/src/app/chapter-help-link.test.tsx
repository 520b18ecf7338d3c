import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import ChapterRoute from "@/features/chapters/routes/chapter";
import {
  aChapterDashboard,
  downtownChapter,
  mePresident,
} from "@/features/help/components/chapter-dashboard-test-data";
import { policies } from "@/features/help/components/help-summary-test-data";
import { meWithSeat, organization, page } from "@/features/help/components/test-data";
import ChapterHelpRoute from "@/features/help/routes/chapter-help";
import { mockFetch } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

const routes = [
  { path: "/app/:orgSlug/chapters/:chapterId", element: <ChapterRoute /> },
  { path: "/app/:orgSlug/chapters/:chapterId/help", element: <ChapterHelpRoute /> },
];

function mockChapter(me: { status: number; body: unknown }) {
  return mockFetch({
    "GET /api/v1/me": me,
    "GET /api/v1/orgs/demo/chapters/c1/": downtownChapter,
    "GET /api/v1/orgs/demo/members/": page([]),
    "GET /api/v1/orgs/demo/categories/": page([]),
    "GET /api/v1/orgs/demo/": organization,
    "GET /api/v1/policies": policies,
    "GET /api/v1/orgs/demo/chapters/c1/help-dashboard": {
      status: 200,
      body: aChapterDashboard(),
    },
  });
}

describe("the chapter dashboard link", () => {
  it("takes the chapter's president from the chapter page to its month of help", async () => {
    mockChapter(mePresident());
    const { user, router } = renderRoutes(routes, "/app/demo/chapters/c1");

    await user.click(await screen.findByRole("link", { name: "Chapter dashboard" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Downtown this month" }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/app/demo/chapters/c1/help");
  });

  it("is not offered to a member who does not lead the chapter", async () => {
    mockChapter(meWithSeat());
    renderRoutes(routes, "/app/demo/chapters/c1");

    expect(await screen.findByRole("heading", { level: 1, name: "Downtown" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Chapter dashboard" })).toBeNull();
  });
});
