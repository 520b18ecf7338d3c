import { Button, Menu, Text } from "@mantine/core";
import { Link } from "react-router";

import { paths } from "@/config/paths";
import type { Me, Membership } from "@/lib/auth/me";

interface OrganizationSwitcherProps {
  me: Me;
  current: Membership | undefined;
}

/** Jump between the person's organizations, or create another. */
export function OrganizationSwitcher({ me, current }: OrganizationSwitcherProps) {
  // The name holds what the button shows (its visible text), as voice control expects.
  const shown = current?.name ?? "Organizations";
  const name = current ? `Organization: ${shown}` : `${shown}: none chosen`;
  return (
    <Menu position="bottom-start" width={260} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          rightSection={<span aria-hidden>▾</span>}
          aria-label={`${name}. Switch organization`}
          maw={{ base: 170, sm: 280 }}
          px="xs"
        >
          <Text truncate fw={600} size="sm">
            {shown}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Your organizations</Menu.Label>
        {me.organizations.map((organization) => (
          <Menu.Item
            key={organization.id}
            component={Link}
            to={paths.organization.dashboard(organization.slug)}
            aria-current={organization.slug === current?.slug ? "true" : undefined}
            fw={organization.slug === current?.slug ? 700 : undefined}
          >
            {organization.name}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item component={Link} to={paths.onboarding}>
          Create an organization
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
