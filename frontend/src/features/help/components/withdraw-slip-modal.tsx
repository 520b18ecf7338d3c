import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

import { FormAlert } from "@/components/ui/form-alert";

import { CorrectionReasonField } from "./correction-reason-field";
import type { CorrectionReason } from "./use-correction-reason";

interface WithdrawSlipModalProps {
  opened: boolean;
  title: string;
  /** What withdrawing changes, in a sentence. */
  children: ReactNode;
  confirmLabel: string;
  correction: CorrectionReason;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** One more question before a slip is withdrawn; a chapter leader may give a reason. */
export function WithdrawSlipModal(props: WithdrawSlipModalProps) {
  const { opened, title, children, confirmLabel, correction, pending, error } = props;
  return (
    <Modal opened={opened} onClose={props.onClose} title={title} centered>
      <Stack>
        <Text size="sm">{children}</Text>
        <CorrectionReasonField correction={correction} />
        <FormAlert message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={pending}>
            Cancel
          </Button>
          <Button color="red" onClick={props.onConfirm} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
