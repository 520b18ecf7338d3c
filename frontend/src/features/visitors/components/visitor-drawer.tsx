import { Divider, Drawer, Stack, Title } from "@mantine/core";
import { useState } from "react";

import type { Membership } from "@/lib/auth/me";
import { canInChapter } from "@/lib/authorization";
import { useIsPhone } from "@/lib/use-is-phone";

import { useVisitor } from "../api/get-visitor";
import type { Visitor } from "../api/get-visitors";

import { AddVisitForm } from "./add-visit-form";
import { VisitAttendance } from "./visit-attendance";
import { VisitorContact } from "./visitor-contact";
import { VisitorFollowUp } from "./visitor-follow-up";

interface VisitorDrawerProps {
  orgSlug: string;
  membership: Membership;
  /** The card that was opened; the drawer is closed without one. */
  opened: Visitor | null;
  chapterNames: ReadonlyMap<string, string>;
  onClose: () => void;
}

function VisitorDetails(props: Omit<VisitorDrawerProps, "opened"> & { opened: Visitor }) {
  const { orgSlug, membership, chapterNames } = props;
  // The card's copy shows at once; what the follow-up changes replaces it.
  const { data: visitor = props.opened } = useVisitor(orgSlug, props.opened.id, props.opened);
  const canEdit = canInChapter(membership, visitor.chapter, "visitors:write");

  return (
    <Stack gap="lg">
      <VisitorContact visitor={visitor} chapterName={chapterNames.get(visitor.chapter)} />
      <Divider />
      <VisitorFollowUp key={visitor.id} orgSlug={orgSlug} visitor={visitor} canEdit={canEdit} />
      <Divider />
      <Stack gap="sm">
        <Title order={3} size="h5">
          Visits
        </Title>
        {visitor.visits.map((visit) => (
          <VisitAttendance
            key={visit.id}
            orgSlug={orgSlug}
            visitorId={visitor.id}
            visit={visit}
            canEdit={canEdit}
          />
        ))}
        {canEdit && <AddVisitForm orgSlug={orgSlug} visitor={visitor} />}
      </Stack>
    </Stack>
  );
}

/** A visitor's follow-up: contact details, status, notes and visits. */
export function VisitorDrawer(props: VisitorDrawerProps) {
  const isPhone = useIsPhone();
  // The last visitor opened stays on show while the drawer slides away.
  const [shown, setShown] = useState(props.opened);
  if (props.opened && props.opened !== shown) setShown(props.opened);

  return (
    <Drawer
      opened={props.opened !== null}
      onClose={props.onClose}
      position="right"
      size={isPhone ? "100%" : "md"}
      title={shown?.name}
    >
      {shown && <VisitorDetails {...props} opened={shown} />}
    </Drawer>
  );
}
