import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";

export type Decision = "approve" | "decline";

const TITLES: Record<Decision, (name: string) => string> = {
  approve: (name) => `Approve ${name}?`,
  decline: (name) => `Decline ${name}?`,
};

const CONSEQUENCES: Record<Decision, string> = {
  approve: "A pending seat is made in the chapter, and the payment window opens.",
  decline: "The applicant does not join the chapter. This cannot be undone.",
};

interface DecisionModalProps {
  /** The decision being confirmed; closed without one. */
  decision: Decision | null;
  applicantName: string;
  pending: boolean;
  /** Why the server refused (such as a category already held), in the dialog. */
  error: string | null;
  onConfirm: (note: string) => void;
  onClose: () => void;
}

/** The committee confirms a decision, with an optional note added to its confidential notes. */
export function DecisionModal(props: DecisionModalProps) {
  const { decision, applicantName, pending, error, onConfirm, onClose } = props;
  const [note, setNote] = useState("");
  const close = () => {
    setNote("");
    onClose();
  };

  return (
    <Modal
      opened={decision !== null}
      onClose={close}
      title={decision ? TITLES[decision](applicantName) : ""}
      centered
    >
      {decision && (
        <Stack>
          <Text size="sm">{CONSEQUENCES[decision]}</Text>
          <Textarea
            label="Note for the committee"
            description="Optional. Added to the committee's confidential notes."
            rows={3}
            maxLength={4000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <FormAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={pending}>
              Cancel
            </Button>
            <Button
              // The dialog's title names the decision; "Confirm" never repeats the name of the
              // button that opened it.
              color={decision === "decline" ? "red" : undefined}
              onClick={() => onConfirm(note.trim())}
              loading={pending}
            >
              Confirm
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
