import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { StatusBadge } from "@/components/ui/status-badge";
import { errorMessage } from "@/lib/errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import type { Visitor } from "../api/get-visitors";
import { useUpdateVisitor } from "../api/update-visitor";

import {
  isVisitorStatus,
  VISITOR_STATUS_COLORS,
  VISITOR_STATUS_LABELS,
  VISITOR_STATUS_OPTIONS,
} from "./visitor-status";

interface VisitorFollowUpProps {
  orgSlug: string;
  visitor: Visitor;
  /** The viewer holds `visitors:write` in the visitor's chapter. */
  canEdit: boolean;
}

/** Where the visitor stands in the pipeline, and the leaders' notes on them. */
export function VisitorFollowUp({ orgSlug, visitor, canEdit }: VisitorFollowUpProps) {
  const status = useUpdateVisitor(orgSlug, visitor.id);
  const notes = useUpdateVisitor(orgSlug, visitor.id);
  const [draft, setDraft] = useState(visitor.notes);
  const onceStatus = useSingleFlight();
  const onceNotes = useSingleFlight();

  if (!canEdit) {
    return (
      <Stack gap="sm">
        <Group gap="xs">
          <Text size="sm" fw={500}>
            Follow-up status
          </Text>
          <StatusBadge
            label={VISITOR_STATUS_LABELS[visitor.status]}
            color={VISITOR_STATUS_COLORS[visitor.status]}
          />
        </Group>
        <Text size="sm" c={visitor.notes ? undefined : "dimmed"} style={{ whiteSpace: "pre-wrap" }}>
          {visitor.notes || "No notes yet."}
        </Text>
      </Stack>
    );
  }

  const move = (value: string | null) => {
    if (!isVisitorStatus(value) || value === visitor.status) return;
    onceStatus(async () => {
      try {
        await status.mutateAsync({ status: value });
      } catch (error) {
        notifications.show({
          color: "red",
          title: "Status not changed",
          message: errorMessage(error),
        });
        return;
      }
      notifications.show({
        color: "green",
        message: `${visitor.name} moved to ${VISITOR_STATUS_LABELS[value]}.`,
      });
    });
  };

  const saveNotes = () =>
    onceNotes(async () => {
      try {
        await notes.mutateAsync({ notes: draft.trim() });
      } catch {
        return;
      }
      notifications.show({ color: "green", message: "Notes saved." });
    });

  return (
    <Stack gap="md">
      <Select
        label="Follow-up status"
        data={VISITOR_STATUS_OPTIONS}
        value={visitor.status}
        onChange={move}
        allowDeselect={false}
        disabled={status.isPending}
      />
      <Stack gap="xs">
        <Textarea
          label="Notes"
          description="What was said, and what comes next."
          rows={4}
          maxLength={4000}
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
        <FormAlert message={notes.isError ? errorMessage(notes.error) : null} />
        <Group>
          <Button
            variant="default"
            onClick={saveNotes}
            loading={notes.isPending}
            disabled={draft.trim() === visitor.notes}
          >
            Save notes
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
