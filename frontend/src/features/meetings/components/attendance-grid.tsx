import { Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useCallback, useRef, useState } from "react";

import { useSingleFlight } from "@/lib/use-single-flight";

import type { AttendanceLine, AttendanceStatus, MeetingAttendance } from "../api/get-attendance";
import { type AttendanceInput, useSaveAttendance } from "../api/save-attendance";

import { AttendanceBar } from "./attendance-bar";
import { attendanceErrors, type RowErrors } from "./attendance-errors";
import { AttendanceRow, type Mark } from "./attendance-row";
import { describeCounts } from "./attendance-status";
import { UnsavedGuard } from "./unsaved-guard";

const NAME_NEEDED = "Enter the substitute's name.";
const REASON_NEEDED = "Say why the completed report is corrected.";
const CHECK_ROWS = "Check the marked rows.";
export const UNSAVED_TAPS =
  "The attendance you marked is not saved yet. If you leave now, those taps are lost.";

function marksFrom(lines: readonly AttendanceLine[]): Record<string, Mark> {
  return Object.fromEntries(
    lines.map((line) => [
      line.member.id,
      { status: line.status, substitute_name: line.substitute_name },
    ]),
  );
}

interface AttendanceGridProps {
  orgSlug: string;
  attendance: MeetingAttendance;
  /** The viewer holds `meetings:write` in the chapter; others only read. */
  canEdit: boolean;
}

/**
 * The whole roster of one meeting, as recorded (present until marked otherwise). The leader
 * taps the exceptions and saves once: one request for everyone.
 */
export function AttendanceGrid({ orgSlug, attendance, canEdit }: AttendanceGridProps) {
  const { meeting, entries } = attendance;
  const save = useSaveAttendance(orgSlug, meeting.id);
  const once = useSingleFlight();
  // Seeded once; a refetch (the report moved meanwhile) must not wipe the leader's taps.
  const [marks, setMarks] = useState(() => marksFrom(entries));
  // What the server holds as far as this page knows: the taps that differ are unsaved.
  const [savedMarks, setSavedMarks] = useState(() => marksFrom(entries));
  const [errors, setErrors] = useState<Record<string, RowErrors>>({});
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const reasonInput = useRef<HTMLInputElement>(null);
  const correcting = meeting.report_status === "completed";

  const onStatus = useCallback((memberId: string, status: AttendanceStatus) => {
    setMarks((current) => {
      const mark = current[memberId];
      return mark ? { ...current, [memberId]: { ...mark, status } } : current;
    });
    setErrors((current) => {
      if (!current[memberId]) return current;
      const rest = { ...current };
      delete rest[memberId];
      return rest;
    });
  }, []);

  const onSubstituteName = useCallback((memberId: string, name: string) => {
    setMarks((current) => {
      const mark = current[memberId];
      return mark ? { ...current, [memberId]: { ...mark, substitute_name: name } } : current;
    });
  }, []);

  // A member who joined the roster since the page opened keeps what is recorded for them.
  const markOf = (line: AttendanceLine): Mark =>
    marks[line.member.id] ?? { status: line.status, substitute_name: line.substitute_name };

  const refuse = (message: string) =>
    notifications.show({ color: "red", title: "Attendance not saved", message });

  const submit = () =>
    once(async () => {
      const order = entries.map((line) => line.member.id);
      const missingNames: Record<string, RowErrors> = {};
      for (const line of entries) {
        const mark = markOf(line);
        if (mark.status === "substitute" && !mark.substitute_name.trim()) {
          missingNames[line.member.id] = { substitute_name: NAME_NEEDED };
        }
      }
      const missingReason = correcting && !reason.trim() ? REASON_NEEDED : undefined;
      if (Object.keys(missingNames).length > 0 || missingReason) {
        setErrors(missingNames);
        setReasonError(missingReason);
        // The reason is asked above the roster: take the leader there.
        if (missingReason) reasonInput.current?.focus();
        return refuse(missingReason ?? CHECK_ROWS);
      }

      const body: AttendanceInput = {
        entries: entries.map((line) => {
          const member = line.member.id;
          const mark = markOf(line);
          return mark.status === "substitute"
            ? { member, status: mark.status, substitute_name: mark.substitute_name.trim() }
            : { member, status: mark.status };
        }),
        ...(correcting ? { correction_reason: reason.trim() } : {}),
      };
      setErrors({});
      setReasonError(undefined);
      try {
        const saved = await save.mutateAsync(body);
        setMarks(marksFrom(saved.entries));
        setSavedMarks(marksFrom(saved.entries));
      } catch (error) {
        const found = attendanceErrors(error, order);
        setErrors(found.rows);
        setReasonError(found.correction_reason);
        return refuse(found.other ?? found.correction_reason ?? CHECK_ROWS);
      }
      setReason("");
      notifications.show({ color: "green", message: "Attendance saved" });
    });

  const statuses = entries.map((line) => markOf(line).status);
  const dirty =
    canEdit &&
    entries.some((line) => {
      const mark = markOf(line);
      const saved = savedMarks[line.member.id] ?? line;
      return (
        mark.status !== saved.status ||
        (mark.status === "substitute" && mark.substitute_name !== saved.substitute_name)
      );
    });

  return (
    <Stack gap={0}>
      <UnsavedGuard dirty={dirty} message={UNSAVED_TAPS} />
      {canEdit && correcting && (
        <TextInput
          ref={reasonInput}
          mb="md"
          label="Reason for the correction"
          description="Recorded with the change in the chapter's activity."
          required
          withAsterisk={false}
          maxLength={300}
          value={reason}
          error={reasonError}
          disabled={save.isPending}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setReasonError(undefined);
          }}
        />
      )}
      <div role="list" aria-label="Roster">
        {entries.map((line) => (
          <div role="listitem" key={line.member.id}>
            <AttendanceRow
              member={line.member}
              mark={markOf(line)}
              errors={errors[line.member.id]}
              disabled={!canEdit || save.isPending}
              onStatus={onStatus}
              onSubstituteName={onSubstituteName}
            />
          </div>
        ))}
      </div>
      <AttendanceBar
        counts={describeCounts(statuses)}
        canSave={canEdit}
        saving={save.isPending}
        onSave={submit}
      />
    </Stack>
  );
}
