import { Affix, Box, Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";

import type { Membership } from "@/lib/auth/me";

import { GiveHelpModal } from "./give-help-modal";
import { canGiveHelp } from "./seats";

// Above the phone's bottom bar (0 on wider screens, where there is none) and its safe area.
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
 * than a tap away. Only for people with a seat that can give.
 */
export function GiveHelp({ orgSlug, membership }: GiveHelpProps) {
  const [opened, { open, close }] = useDisclosure(false);
  if (!canGiveHelp(membership)) return null;

  return (
    <>
      {/* Room at the end of each page, so the button never hides its last line. */}
      <Box h={72} aria-hidden="true" />
      <Affix position={{ bottom: ABOVE_BOTTOM_BAR, right: "md" }} zIndex={Z_INDEX}>
        <Button
          size="lg"
          radius="xl"
          leftSection={<PlusIcon />}
          onClick={open}
          style={{ boxShadow: "var(--mantine-shadow-lg)" }}
        >
          Give
        </Button>
      </Affix>
      <GiveHelpModal orgSlug={orgSlug} membership={membership} opened={opened} onClose={close} />
    </>
  );
}
