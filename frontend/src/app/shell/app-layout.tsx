import { Anchor, AppShell, Group, NavLink, ScrollArea, UnstyledButton } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type RefObject, Suspense, useEffect, useRef } from "react";
import { Link, NavLink as RouterNavLink, Outlet, useParams } from "react-router";

import { PageLoader } from "@/components/ui/page-loader";
import { APP_NAME, MOBILE_QUERY } from "@/config/app";
import { paths } from "@/config/paths";
import { NotificationBell } from "@/features/notifications/components/notification-bell";
import { findMembership, useMe } from "@/lib/auth/me";

import "./floating-room.css";

import { AccountMenu } from "./account-menu";
import classes from "./app-layout.module.css";
import { accountNav, type NavItem, organizationNav } from "./nav-items";
import { OrganizationSwitcher } from "./organization-switcher";

/**
 * The frame of the signed-in app: a header with the organization switcher, the notification
 * bell (inside an organization) and the account menu; a sidebar on wider screens, a bottom bar on phones. Navigation shows only what the
 * person's role opens.
 */
export default function AppLayout() {
  const isMobile = useMediaQuery(MOBILE_QUERY, window.matchMedia(MOBILE_QUERY).matches, {
    getInitialValueInEffect: false,
  });
  const { orgSlug } = useParams();
  const { data: me } = useMe();
  const membership = findMembership(me, orgSlug);
  const items = membership ? organizationNav(membership) : accountNav(me);
  const bottomBar = useRef<HTMLElement>(null);
  useKeepFocusAbove(bottomBar, isMobile);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: "sm", collapsed: { mobile: true, desktop: isMobile } }}
      footer={{ height: 64, collapsed: !isMobile }}
      padding={{ base: "md", sm: "lg" }}
    >
      <a href="#main-content" className={classes.skipLink}>
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Anchor
              component={Link}
              to={paths.home}
              fw={800}
              c="indigo"
              underline="never"
              visibleFrom="sm"
            >
              {APP_NAME}
            </Anchor>
            {me && <OrganizationSwitcher me={me} current={membership} />}
          </Group>
          <Group gap="xs" wrap="nowrap">
            {/* The way in to the notifications, on phones too: only inside an organization. */}
            {membership && <NotificationBell orgSlug={membership.slug} />}
            {me && <AccountMenu me={me} />}
          </Group>
        </Group>
      </AppShell.Header>

      {/* One navigation at a time, so each link exists once on the page. */}
      {!isMobile && (
        <AppShell.Navbar p="sm" aria-label="Main">
          <AppShell.Section grow component={ScrollArea}>
            {items.map((item) => (
              <SidebarLink key={item.to} item={item} />
            ))}
          </AppShell.Section>
        </AppShell.Navbar>
      )}

      {/* Its foot clears the bottom bar and the Give button (floating-room.css); tabIndex -1:
          the skip link moves focus here, not only the scroll position. */}
      <AppShell.Main className="app-main" id="main-content" tabIndex={-1}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>

      {isMobile && (
        <AppShell.Footer component="nav" aria-label="Main" ref={bottomBar}>
          <Group h="100%" grow gap={0} wrap="nowrap">
            {items.slice(0, 5).map((item) => (
              <BottomLink key={item.to} item={item} />
            ))}
          </Group>
        </AppShell.Footer>
      )}
    </AppShell>
  );
}

/**
 * On phones the bottom bar is fixed over the page: a control reached with the keyboard that
 * lands under it is scrolled up into sight. (The browser scrolls only controls outside the window, and a
 * control under the bar is inside it.)
 */
function useKeepFocusAbove(bar: RefObject<HTMLElement | null>, active: boolean) {
  useEffect(() => {
    if (!active) return;
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || !bar.current || bar.current.contains(target)) return;
      // Only focus from the keyboard: scrolling under a pointer mid-tap would lose the tap.
      if (!target.matches(":focus-visible")) return;
      const barTop = bar.current.getBoundingClientRect().top;
      const covered = target.getBoundingClientRect().bottom - barTop;
      if (covered > 0) window.scrollBy({ top: covered + 8 });
    };
    document.addEventListener("focusin", onFocus);
    return () => document.removeEventListener("focusin", onFocus);
  }, [bar, active]);
}

function SidebarLink({ item }: { item: NavItem }) {
  return (
    <RouterNavLink to={item.to} end={item.end} style={{ textDecoration: "none", color: "inherit" }}>
      {({ isActive }) => (
        <NavLink
          component="span"
          label={item.label}
          active={isActive}
          c={isActive ? undefined : "dark.6"}
          fw={isActive ? 600 : 500}
          variant="light"
          style={{ borderRadius: "var(--mantine-radius-md)" }}
        />
      )}
    </RouterNavLink>
  );
}

function BottomLink({ item }: { item: NavItem }) {
  return (
    <RouterNavLink
      to={item.to}
      end={item.end}
      // Five equal slots whatever the labels; a long label wraps inside its own slot.
      style={{ textDecoration: "none", height: "100%", flex: "1 1 0", minWidth: 0 }}
    >
      {({ isActive }) => (
        <UnstyledButton
          component="span"
          h="100%"
          w="100%"
          display="flex"
          style={{
            alignItems: "center",
            justifyContent: "center",
            fontSize: "0.6875rem",
            lineHeight: 1.2,
            fontWeight: isActive ? 700 : 500,
            color: isActive ? "var(--mantine-color-indigo-7)" : "var(--mantine-color-gray-7)",
            borderTop: isActive
              ? "3px solid var(--mantine-color-indigo-6)"
              : "3px solid transparent",
            textAlign: "center",
            overflow: "hidden",
            padding: "0 1px",
          }}
        >
          {item.label}
        </UnstyledButton>
      )}
    </RouterNavLink>
  );
}
