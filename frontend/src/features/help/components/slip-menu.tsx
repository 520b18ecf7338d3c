import { ActionIcon, Menu } from "@mantine/core";

interface SlipMenuProps {
  /** The button's name: "More actions for Dee". */
  label: string;
  onEdit: () => void;
  onWithdraw: () => void;
}

/** What a slip's author, or a leader of its chapter, may still do: fix it, or take it back. */
export function SlipMenu({ label, onEdit, onWithdraw }: SlipMenuProps) {
  return (
    <Menu position="bottom-end" shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label}>
          <span aria-hidden="true">⋯</span>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={onEdit}>Edit</Menu.Item>
        <Menu.Item color="red" onClick={onWithdraw}>
          Withdraw
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
