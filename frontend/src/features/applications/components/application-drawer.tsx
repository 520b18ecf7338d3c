import { Divider, Drawer, Stack } from "@mantine/core";

import type { Membership } from "@/lib/auth/me";
import { canInChapter } from "@/lib/authorization";
import { useIsPhone } from "@/lib/use-is-phone";

import { useApplication } from "../api/get-application";
import type { Application } from "../api/get-applications";

import { ApplicationActions } from "./application-actions";
import { ApplicationDetails } from "./application-details";
import { CommitteeNotes } from "./committee-notes";

interface ApplicationDrawerProps {
  orgSlug: string;
  membership: Membership;
  /** The card that was opened; the drawer is closed without one. */
  opened: Application | null;
  chapterNames: ReadonlyMap<string, string>;
  onClose: () => void;
}

function ApplicationBody(props: Omit<ApplicationDrawerProps, "opened"> & { opened: Application }) {
  const { orgSlug, membership, chapterNames } = props;
  // The card's copy shows at once; what a decision changes replaces it.
  const { data: application = props.opened } = useApplication(
    orgSlug,
    props.opened.id,
    props.opened,
  );
  const can = (scope: "applications:decide" | "applications:write") =>
    canInChapter(membership, application.chapter, scope);
  const notes = application.committee_notes;

  return (
    <Stack gap="lg">
      <ApplicationDetails
        application={application}
        chapterName={chapterNames.get(application.chapter)}
      />
      <ApplicationActions
        orgSlug={orgSlug}
        application={application}
        canDecide={can("applications:decide")}
        canRecordPayment={can("applications:write")}
      />
      {/* The API sends the notes only to those who may decide: null means "not yours to see". */}
      {notes !== null && (
        <>
          <Divider />
          <CommitteeNotes
            // A decision's note is added to the saved notes: start again from them.
            key={`${application.id}:${notes}`}
            orgSlug={orgSlug}
            applicationId={application.id}
            notes={notes}
          />
        </>
      )}
    </Stack>
  );
}

/** An application's details, the committee's decision and its confidential notes. */
export function ApplicationDrawer(props: ApplicationDrawerProps) {
  const isPhone = useIsPhone();
  return (
    <Drawer
      opened={props.opened !== null}
      onClose={props.onClose}
      position="right"
      size={isPhone ? "100%" : "md"}
      title={props.opened?.name}
    >
      {props.opened && <ApplicationBody {...props} opened={props.opened} />}
    </Drawer>
  );
}
