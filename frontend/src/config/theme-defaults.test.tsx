import { Modal, Table } from "@mantine/core";
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { Select } from "@/components/ui/select";
import { renderWithProviders } from "@/testing/render";

describe("what the theme gives every screen", () => {
  it("names a dialog's close button", async () => {
    renderWithProviders(
      <Modal opened onClose={vi.fn()} title="Give help">
        <p>Form</p>
      </Modal>,
    );

    const dialog = await screen.findByRole("dialog", { name: "Give help" });
    expect(dialog).toContainElement(screen.getByRole("button", { name: "Close" }));
  });

  it("lets the keyboard reach a table's scroll area", () => {
    renderWithProviders(
      <Table.ScrollContainer minWidth={720} role="region" aria-label="Activity log">
        <Table>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td>Row</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>,
    );

    expect(screen.getByRole("region", { name: "Activity log" })).toHaveAttribute("tabindex", "0");
  });

  it("reads out a select's nothing-found message as an option, never an empty list", async () => {
    const { user } = renderWithProviders(
      <Select label="Member" data={[]} searchable nothingFoundMessage="Type 2 letters" />,
    );

    await user.click(screen.getByRole("combobox", { name: "Member" }));

    const listbox = await screen.findByRole("listbox", { hidden: true });
    expect(listbox).toContainElement(
      screen.getByRole("option", { name: "Type 2 letters", hidden: true }),
    );
  });
});
