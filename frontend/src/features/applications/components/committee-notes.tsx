import { Button, Group, Stack, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { errorMessage } from "@/lib/errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useUpdateNotes } from "../api/update-notes";

interface CommitteeNotesProps {
  orgSlug: string;
  applicationId: string;
  /** The saved notes; only the committee (and staff) ever receive them. */
  notes: string;
}

/** The membership committee's confidential notes on an application. */
export function CommitteeNotes({ orgSlug, applicationId, notes }: CommitteeNotesProps) {
  const update = useUpdateNotes(orgSlug, applicationId);
  const [draft, setDraft] = useState(notes);
  const once = useSingleFlight();

  const save = () =>
    once(async () => {
      try {
        await update.mutateAsync(draft.trim());
      } catch {
        return;
      }
      notifications.show({ color: "green", message: "Committee notes saved." });
    });

  return (
    <Stack gap="xs">
      <Textarea
        label="Committee notes (confidential)"
        description="Seen only by the membership committee, the president and staff."
        rows={5}
        maxLength={8000}
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
      />
      <FormAlert message={update.isError ? errorMessage(update.error) : null} />
      <Group>
        <Button
          variant="default"
          onClick={save}
          loading={update.isPending}
          disabled={draft.trim() === notes}
        >
          Save notes
        </Button>
      </Group>
    </Stack>
  );
}
