import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { mockFetch, sentBodies, signedIn } from "@/testing/fetch";
import { renderRoutes } from "@/testing/render";

import ProfileRoute from "./profile";

const profile = {
  name: "Ben Adams",
  email: "member@demo.example.com",
  business_name: "Adams Plumbing",
  phone: "555 0100",
  website: "",
  bio: "",
  interests: ["golf"],
  seats: [{ member: "m9", chapter: "c1", chapter_name: "Downtown", status: "active" }],
  visible_to: {
    name: "organization",
    business_name: "organization",
    bio: "organization",
    interests: "organization",
    phone: "leaders",
    email: "leaders",
    website: "leaders",
  },
};

const routes = [{ path: "/app/:orgSlug/profile", element: <ProfileRoute /> }];

describe("my profile", () => {
  it("says who sees each field and saves a new name", async () => {
    const fetch = mockFetch({
      "GET /api/v1/me": signedIn(["organization:read"]),
      "GET /api/v1/orgs/demo/me/profile/": { status: 200, body: profile },
      "PATCH /api/v1/orgs/demo/me/profile/": () => ({
        status: 200,
        body: { ...profile, name: "Benjamin Adams" },
      }),
    });
    const { user } = renderRoutes(routes, "/app/demo/profile");

    const phone = await screen.findByRole("textbox", { name: "Phone" });
    expect(phone).toHaveAccessibleDescription(
      "Only chapter leaders and the organization's staff see this.",
    );
    expect(screen.getByRole("textbox", { name: "Business" })).toHaveValue("Adams Plumbing");
    expect(screen.getByText("Your seat in Downtown.")).toBeInTheDocument();

    const name = screen.getByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "Benjamin Adams");
    await user.click(screen.getByRole("button", { name: "Save profile" }));

    expect(await screen.findByText("Profile saved.")).toBeInTheDocument();
    const [body] = (await sentBodies(fetch, "PATCH /api/v1/orgs/demo/me/profile/")) as [
      Record<string, unknown>,
    ];
    expect(body.name).toBe("Benjamin Adams");
  });
});
