import { Affix, Button } from "@mantine/core";

import type { Membership } from "@/lib/auth/me";
import { usePageHasActionBar } from "@/lib/floating-layer";
import { useGive } from "@/lib/give";

import { GiveHelpModal } from "./give-help-modal";
import { canGiveHelp } from "./seats";

// Above the phone's bottom bar (0 on wider screens, where there is none) and its safe area.
// The shell keeps this much room at the foot of every page (`--app-floating-room`), so the
// button never covers the page's last controls.
const ABOVE_BOTTOM_BAR = [
  "calc(var(--app-shell-footer-offset, 0rem)",
  "env(safe-area-inset-bottom, 0rem)",
  "var(--mantine-spacing-md))",
].join(" + ");
// Under modals and menus, over the page and its bottom bar.
const Z_INDEX = 150;

function PlusIcon() {
  return (
    <svg width={20} height={20} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 5v14M5 12h14" stroke="currentColor" strokeWidth={2.5} strokeLinecap="round" />
    </svg>
  );
}

interface GiveHelpProps {
  orgSlug: string;
  membership: Membership;
}

/**
 * The Give button, bottom right on every page of the organization: giving help is never more
 * than a tap away. Only for people with a seat that can give. A page with its own sticky
 * action bar (attendance's Save) has the foot of the screen to itself: the button steps aside.
 * The sheet also opens on what a page asks for (`useGive`).
 */
export function GiveHelp({ orgSlug, membership }: GiveHelpProps) {
  const { give, request, close } = useGive();
  const pageHasActionBar = usePageHasActionBar();
  if (!canGiveHelp(membership) || !give) return null;

  return (
    <>
      {!pageHasActionBar && (
        <Affix position={{ bottom: ABOVE_BOTTOM_BAR, right: "md" }} zIndex={Z_INDEX}>
          <Button
            size="lg"
            radius="xl"
            leftSection={<PlusIcon />}
            onClick={() => give()}
            style={{ boxShadow: "var(--mantine-shadow-lg)" }}
          >
            Give
          </Button>
        </Affix>
      )}
      <GiveHelpModal
        orgSlug={orgSlug}
        membership={membership}
        opened={request !== null}
        onClose={close}
        initialKind={request?.kind}
        initialMember={request?.member}
        initialReferral={request?.referral}
      />
    </>
  );
}
