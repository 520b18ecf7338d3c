import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { mockFetch, requests, sentBodies } from "@/testing/fetch";
import { renderWithProviders } from "@/testing/render";

import { MemberActions } from "./member-actions";
import { aMember } from "./test-data";

const LEAVES = "/api/v1/orgs/demo/members/m1/medical-leaves/";
const leave = {
  id: "l1",
  member: "m1",
  starts_on: "2026-02-01",
  ends_on: "2026-02-28",
  note: "Surgery",
  created_at: "2026-01-20T10:00:00Z",
};

describe("Medical leave", () => {
  beforeEach(() => notifications.clean());

  it("lists the approved leaves, approves a new one and removes one", async () => {
    let leaves = [leave];
    const fetch = mockFetch({
      [`GET ${LEAVES}`]: () => ({ status: 200, body: leaves }),
      [`POST ${LEAVES}`]: () => {
        const created = {
          ...leave,
          id: "l2",
          starts_on: "2026-04-01",
          ends_on: "2026-04-15",
          note: "",
        };
        leaves = [...leaves, created];
        return { status: 201, body: created };
      },
      "DELETE /api/v1/orgs/demo/medical-leaves/l1/": () => {
        leaves = leaves.filter((item) => item.id !== "l1");
        return { status: 204 };
      },
    });
    const { user } = renderWithProviders(
      <MemberActions orgSlug="demo" member={aMember()} canEdit={false} canManageLeave />,
    );

    expect(screen.queryByRole("button", { name: "Edit Dana Reyes" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Medical leave of Dana Reyes" }));
    const dialog = await screen.findByRole("dialog", { name: "Medical leave: Dana Reyes" });
    const list = await within(dialog).findByRole("list", { name: "Approved leaves" });
    expect(within(list).getByText("Surgery")).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText("Starts on", { exact: false }), "2026-04-01");
    await user.type(within(dialog).getByLabelText("Ends on", { exact: false }), "2026-04-15");
    await user.click(within(dialog).getByRole("button", { name: "Approve leave" }));

    expect(await screen.findByText("Medical leave approved for Dana Reyes.")).toBeInTheDocument();
    expect(await sentBodies(fetch, `POST ${LEAVES}`)).toEqual([
      { starts_on: "2026-04-01", ends_on: "2026-04-15", note: "" },
    ]);
    expect(await within(list).findAllByRole("listitem")).toHaveLength(2);

    await user.click(within(list).getAllByRole("button", { name: /Remove the leave/ })[0]!);
    expect(await screen.findByText("Medical leave removed.")).toBeInTheDocument();
    expect(requests(fetch).map((call) => call.key)).toContain(
      "DELETE /api/v1/orgs/demo/medical-leaves/l1/",
    );
    expect(await within(list).findByRole("listitem")).not.toHaveTextContent("Surgery");
  });

  it("refuses a leave that ends before it starts without asking the server", async () => {
    const fetch = mockFetch({ [`GET ${LEAVES}`]: { status: 200, body: [] } });
    const { user } = renderWithProviders(
      <MemberActions orgSlug="demo" member={aMember()} canEdit canManageLeave />,
    );

    await user.click(screen.getByRole("button", { name: "Medical leave of Dana Reyes" }));
    const dialog = await screen.findByRole("dialog", { name: "Medical leave: Dana Reyes" });
    expect(await within(dialog).findByText("No medical leave approved.")).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText("Starts on", { exact: false }), "2026-04-10");
    await user.type(within(dialog).getByLabelText("Ends on", { exact: false }), "2026-04-01");
    await user.click(within(dialog).getByRole("button", { name: "Approve leave" }));

    expect(await within(dialog).findByText("The leave cannot end before it starts.")).toBeVisible();
    expect(await sentBodies(fetch, `POST ${LEAVES}`)).toEqual([]);
  });
});
