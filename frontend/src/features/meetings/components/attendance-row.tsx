import {
  Box,
  Group,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
} from "@mantine/core";
import { memo, useEffect, useId, useMemo, useRef } from "react";

import type { AttendanceStatus, AttendanceLine } from "../api/get-attendance";

import type { RowErrors } from "./attendance-errors";
import {
  ATTENDANCE_STATUS_COLORS,
  ATTENDANCE_STATUS_LABELS,
  ATTENDANCE_STATUS_LETTERS,
  ATTENDANCE_STATUSES,
} from "./attendance-status";

/** One member's attendance as the leader is marking it. */
export interface Mark {
  status: AttendanceStatus;
  substitute_name: string;
}

// A letter to tap; for assistive technology the whole word and whose it is ("Absent: Ben
// Adams"), so that a roster of 40 does not read as 200 controls with five names.
function optionsFor(name: string) {
  return ATTENDANCE_STATUSES.map((status) => ({
    value: status,
    label: (
      <>
        <span aria-hidden="true" title={ATTENDANCE_STATUS_LABELS[status]}>
          {ATTENDANCE_STATUS_LETTERS[status]}
        </span>
        <VisuallyHidden>{`${ATTENDANCE_STATUS_LABELS[status]}: ${name}`}</VisuallyHidden>
      </>
    ),
  }));
}

// Each letter a thumb-sized target: at least 44px wide, 44px tall with the control's padding.
const CONTROL_STYLES = {
  label: {
    minWidth: 44,
    minHeight: 36,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
  },
} as const;

interface AttendanceRowProps {
  member: AttendanceLine["member"];
  mark: Mark;
  errors: RowErrors | undefined;
  disabled: boolean;
  onStatus: (memberId: string, status: AttendanceStatus) => void;
  onSubstituteName: (memberId: string, name: string) => void;
}

/**
 * A member and the five PALMS choices, one tap each. A substitute's name is asked for on the
 * row itself, right after the tap.
 */
export const AttendanceRow = memo(function AttendanceRow(props: AttendanceRowProps) {
  const { member, mark, errors, disabled, onStatus, onSubstituteName } = props;
  const errorId = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const chosenNow = useRef(false);
  const isSubstitute = mark.status === "substitute";
  const options = useMemo(() => optionsFor(member.name), [member.name]);
  // Shown under the choices: the status's own error, or a name error with no name field shown.
  const rowError = errors?.status ?? (isSubstitute ? undefined : errors?.substitute_name);

  useEffect(() => {
    if (isSubstitute && chosenNow.current) nameInput.current?.focus();
    chosenNow.current = false;
  }, [isSubstitute]);

  return (
    <Box
      role="group"
      aria-label={member.name}
      py="xs"
      mih={44}
      style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}
    >
      <Group justify="space-between" align="center" gap="xs" wrap="wrap">
        {/* Name and choices share a line from 375px wide; narrower, the choices go below. */}
        <Stack gap={0} miw={0} style={{ flex: "1 1 6.5rem" }}>
          <Text fw={500} lineClamp={2} style={{ overflowWrap: "anywhere" }}>
            {member.name}
          </Text>
          {member.business_name && (
            <Text size="xs" c="dimmed" truncate>
              {member.business_name}
            </Text>
          )}
        </Stack>
        <SegmentedControl
          aria-label={`Attendance: ${member.name}`}
          aria-describedby={rowError ? errorId : undefined}
          data={options}
          value={mark.status}
          onChange={(value) => {
            chosenNow.current = value === "substitute";
            onStatus(member.id, value);
          }}
          color={ATTENDANCE_STATUS_COLORS[mark.status]}
          disabled={disabled}
          size="md"
          styles={CONTROL_STYLES}
          style={{ flex: "1 0 auto", maxWidth: "22rem" }}
        />
      </Group>
      {rowError && (
        <Text id={errorId} size="sm" c="red.8" mt={4}>
          {rowError}
        </Text>
      )}
      {isSubstitute && (
        <TextInput
          ref={nameInput}
          mt="xs"
          label="Substitute's name"
          required
          withAsterisk={false}
          maxLength={150}
          autoComplete="off"
          value={mark.substitute_name}
          error={errors?.substitute_name}
          disabled={disabled}
          onChange={(event) => onSubstituteName(member.id, event.currentTarget.value)}
        />
      )}
    </Box>
  );
});
