import { Button, Group, type MantineColor, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";

interface ReportMoveModalProps {
  opened: boolean;
  title: string;
  /** What the move does to the report, in a sentence or two. */
  text: string;
  confirmLabel: string;
  color?: MantineColor;
  /** Ask for an optional note (why a meeting is cancelled). */
  withNote?: boolean;
  pending: boolean;
  onConfirm: (note: string) => void;
  onClose: () => void;
}

/** Confirms a move of the weekly report before it is made. */
export function ReportMoveModal(props: ReportMoveModalProps) {
  const { opened, title, text, confirmLabel, color, withNote, pending, onConfirm, onClose } =
    props;
  const [note, setNote] = useState("");
  const close = () => {
    setNote("");
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack>
        <Text size="sm">{text}</Text>
        {withNote && (
          <TextInput
            label="Note"
            description="Optional, for the chapter's records: a public holiday, the venue closed."
            maxLength={200}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={pending}>
            Back
          </Button>
          <Button color={color} loading={pending} onClick={() => onConfirm(note.trim())}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
