import { ActionIcon, Avatar, Menu } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router";

import { paths } from "@/config/paths";
import { useLogout } from "@/features/auth/api/logout";
import type { Me } from "@/lib/auth/me";
import { errorMessage } from "@/lib/errors";

function initials(me: Me): string {
  const source = me.name.trim() || me.email;
  const letters = source
    .split(/[\s@._-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase());
  return letters.join("") || "?";
}

export function AccountMenu({ me }: { me: Me }) {
  const logout = useLogout();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { orgSlug } = useParams();
  const shown = initials(me);
  // The accessible name starts with what the button shows (WCAG 2.5.3, label in name), so
  // "click AG" works with voice control, then says whose it is.
  const label = `${shown} (${me.name.trim() || me.email}), account menu`;

  const logOut = () => {
    if (logout.isPending) return;
    logout.mutate(undefined, {
      onSuccess: () => {
        void navigate(paths.auth.login, { replace: true });
        queryClient.clear();
      },
      onError: (error) =>
        notifications.show({ color: "red", title: "Not logged out", message: errorMessage(error) }),
    });
  };

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" radius="xl" size="lg" aria-label={label}>
          <Avatar radius="xl" size={32} color="indigo">
            {shown}
          </Avatar>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.email}</Menu.Label>
        {orgSlug && (
          <Menu.Item component={Link} to={paths.organization.profile(orgSlug)}>
            My profile
          </Menu.Item>
        )}
        <Menu.Item component={Link} to={paths.account.security}>
          Security
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={logOut} disabled={logout.isPending}>
          Log out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
