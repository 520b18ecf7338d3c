import { Badge, Button, Flex, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useId, useState } from "react";
import { Link } from "react-router";

import { paths } from "@/config/paths";
import { errorMessage } from "@/lib/errors";
import { useIsPhone } from "@/lib/use-is-phone";
import { useSingleFlight } from "@/lib/use-single-flight";

import { type ReportMove, useChangeReportStatus } from "../api/change-report-status";
import type { Meeting } from "../api/get-meetings";

import { ReportMoveModal } from "./report-move-modal";

// What each move says before, after, and when the server refuses it. The dialog's button is
// named apart from the one that opened it: one button per name.
/** Shown by the disabled "Complete report" of a meeting that has not started (the server
 * refuses it too: nobody can have taken its attendance). */
export const NOT_YET_HELD = "The report can be completed once the meeting has taken place.";

const MOVES: Record<
  ReportMove,
  { title: string; text: string; confirm: string; done: string; refused: string }
> = {
  complete: {
    title: "Complete the weekly report?",
    text:
      "The report locks: its attendance and slips count in the official figures, and a later " +
      "change is a correction with a reason, recorded in the activity.",
    confirm: "Complete and lock",
    done: "Report completed. It is locked now.",
    refused: "Report not completed",
  },
  cancel: {
    title: "Cancel this meeting?",
    text: "The meeting does not take place: its report becomes a holiday and nobody is absent.",
    confirm: "Yes, cancel it",
    done: "Meeting cancelled: its report is a holiday.",
    refused: "Meeting not cancelled",
  },
  discard: {
    title: "Discard this report?",
    text: "The report will not count in any figure. You can restore it later.",
    confirm: "Yes, discard it",
    done: "Report discarded.",
    refused: "Report not discarded",
  },
  restore: {
    title: "Restore this report?",
    text: "The report becomes a draft again.",
    confirm: "Restore",
    done: "Report restored as a draft.",
    refused: "Report not restored",
  },
};

interface MeetingActionsProps {
  orgSlug: string;
  meeting: Meeting;
}

/** What a leader does with a meeting, by where its weekly report stands. */
export function MeetingActions({ orgSlug, meeting }: MeetingActionsProps) {
  const change = useChangeReportStatus(orgSlug, meeting.id);
  const [confirming, setConfirming] = useState<ReportMove | null>(null);
  const once = useSingleFlight();
  const isPhone = useIsPhone();
  const attendancePath = paths.organization.meetingAttendance(orgSlug, meeting.id);
  const notYetHeld = !meeting.has_started;
  const notYetId = useId();

  const move = (which: ReportMove, note?: string) =>
    once(async () => {
      try {
        await change.mutateAsync({ move: which, note });
        notifications.show({ color: "green", message: MOVES[which].done });
      } catch (error) {
        notifications.show({
          color: "red",
          title: MOVES[which].refused,
          message: errorMessage(error),
        });
      }
      setConfirming(null);
    });

  const asking = confirming ? MOVES[confirming] : null;

  return (
    <>
      {/* One full-width button a line on a phone, a row of them on wider screens. */}
      <Flex
        gap="sm"
        wrap="wrap"
        direction={isPhone ? "column" : "row"}
        align={isPhone ? "stretch" : "center"}
      >
        {meeting.report_status === "draft" && (
          <>
            <Button component={Link} to={attendancePath}>
              Take attendance
            </Button>
            <Button
              variant="light"
              disabled={notYetHeld}
              aria-describedby={notYetHeld ? notYetId : undefined}
              onClick={() => setConfirming("complete")}
            >
              Complete report
            </Button>
            <Button variant="default" onClick={() => setConfirming("cancel")}>
              Cancel meeting
            </Button>
            <Button variant="subtle" color="red" onClick={() => setConfirming("discard")}>
              Discard report
            </Button>
          </>
        )}
        {meeting.report_status === "draft" && notYetHeld && (
          <Text id={notYetId} size="sm" c="dimmed">
            {NOT_YET_HELD}
          </Text>
        )}
        {(meeting.report_status === "holiday" || meeting.report_status === "discarded") && (
          <Button variant="light" loading={change.isPending} onClick={() => move("restore")}>
            Restore
          </Button>
        )}
        {meeting.report_status === "completed" && (
          <>
            <Badge
              variant="outline"
              color="gray"
              size="lg"
              radius="sm"
              tt="none"
              style={{ alignSelf: "flex-start" }}
            >
              Locked
            </Badge>
            <Button component={Link} to={attendancePath} variant="default">
              Correct attendance
            </Button>
          </>
        )}
      </Flex>
      <ReportMoveModal
        opened={asking !== null}
        title={asking?.title ?? ""}
        text={asking?.text ?? ""}
        confirmLabel={asking?.confirm ?? ""}
        color={confirming === "discard" ? "red" : undefined}
        withNote={confirming === "cancel"}
        pending={change.isPending}
        onConfirm={(note) => confirming && move(confirming, note || undefined)}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}
