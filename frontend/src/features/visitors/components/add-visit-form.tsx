import { Button, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { ApiError, flattenErrors } from "@/lib/api/errors";
import { errorMessage } from "@/lib/errors";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useAddVisit } from "../api/add-visit";
import { useUpcomingMeetings } from "../api/get-upcoming-meetings";
import type { Visitor } from "../api/get-visitors";

import { formatDayInWords } from "./dates";

/** The server's reason in one sentence: the field's message rather than "see errors". */
function refusal(error: unknown): string {
  if (error instanceof ApiError && error.status === 400) {
    const messages = Object.values(flattenErrors(error.errors));
    if (messages.length > 0) return messages.join(" ");
  }
  return errorMessage(error);
}

/** Book the visitor into another of their chapter's meetings (409 past the visit limit). */
export function AddVisitForm({ orgSlug, visitor }: { orgSlug: string; visitor: Visitor }) {
  const meetings = useUpcomingMeetings(orgSlug, visitor.chapter);
  const add = useAddVisit(orgSlug, visitor.id);
  const [meeting, setMeeting] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const once = useSingleFlight();

  const booked = new Set(visitor.visits.map((visit) => visit.meeting));
  const options = (meetings.data ?? [])
    .filter((item) => !booked.has(item.id))
    .map((item) => ({ value: item.id, label: formatDayInWords(item.date) }));

  const submit = () =>
    once(async () => {
      if (!meeting) return setMissing(true);
      const label = options.find((option) => option.value === meeting)?.label;
      try {
        await add.mutateAsync(meeting);
      } catch {
        return;
      }
      setMeeting(null);
      notifications.show({
        color: "green",
        message: `${visitor.name} is registered for ${label ?? "the meeting"}.`,
      });
    });

  return (
    <Stack gap="xs">
      <Select
        label="Meeting"
        placeholder={meetings.isPending ? "Loading meetings…" : "Choose a meeting"}
        data={options}
        value={meeting}
        onChange={(value) => {
          add.reset();
          setMissing(false);
          setMeeting(value);
        }}
        nothingFoundMessage="No other upcoming meeting"
        error={missing ? "Choose a meeting." : undefined}
      />
      <FormAlert message={add.isError ? refusal(add.error) : null} />
      <Button onClick={submit} loading={add.isPending}>
        Register for another meeting
      </Button>
    </Stack>
  );
}
