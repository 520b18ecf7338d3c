import { Button, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";

import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { useSingleFlight } from "@/lib/use-single-flight";

import { useUpcomingMeetings } from "../api/get-upcoming-meetings";
import { type VisitorCreateInput, useRegisterVisitor } from "../api/register-visitor";

import { formatDayInWords } from "./dates";
import { registrationError } from "./form-errors";
import type { ChapterOption } from "./visitor-chapters";

interface RegisterVisitorValues {
  chapter: string | null;
  meeting: string | null;
  name: string;
  email: string;
  phone: string;
  business_name: string;
  profession: string;
}

const RULES = {
  chapter: (value: string | null) => (value ? null : "Choose a chapter."),
  meeting: (value: string | null) => (value ? null : "Choose a meeting."),
  name: (value: string) => (value.trim() ? null : "Enter the visitor's name."),
  email: (value: string) =>
    /^\S+@\S+\.\S+$/.test(value.trim()) ? null : "Enter the visitor's email address.",
};

function toInput(values: RegisterVisitorValues): VisitorCreateInput {
  return {
    chapter: values.chapter ?? "",
    meeting: values.meeting ?? "",
    name: values.name.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    business_name: values.business_name.trim(),
    profession: values.profession.trim(),
  };
}

interface RegisterVisitorFormProps {
  orgSlug: string;
  /** The chapters the person may register for; the only one is chosen already. */
  chapters: ChapterOption[];
}

/** A member registers a guest they invited for one of their chapter's next meetings. */
export function RegisterVisitorForm({ orgSlug, chapters }: RegisterVisitorFormProps) {
  const register = useRegisterVisitor(orgSlug);
  const [formError, setFormError] = useState<string | null>(null);
  const blank = (chapter: string | null): RegisterVisitorValues => ({
    chapter,
    meeting: null,
    name: "",
    email: "",
    phone: "",
    business_name: "",
    profession: "",
  });
  const form = useForm<RegisterVisitorValues>({
    initialValues: blank(chapters.length === 1 ? (chapters[0]?.value ?? null) : null),
    validate: RULES,
  });
  const meetings = useUpcomingMeetings(orgSlug, form.values.chapter);
  const meetingOptions = (meetings.data ?? []).map((meeting) => ({
    value: meeting.id,
    label: formatDayInWords(meeting.date),
  }));
  const once = useSingleFlight();

  const submit = form.onSubmit((values) =>
    once(async () => {
      setFormError(null);
      const day = meetingOptions.find((option) => option.value === values.meeting)?.label;
      try {
        await register.mutateAsync(toInput(values));
      } catch (error) {
        return setFormError(registrationError(form, error));
      }
      notifications.show({
        color: "green",
        title: "Visitor registered",
        message: `${values.name.trim()} is expected${day ? ` on ${day}` : ""}.`,
      });
      // Ready for the next guest of the same chapter.
      form.setValues(blank(values.chapter));
      form.resetDirty();
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <Select
            label="Chapter"
            placeholder="Choose a chapter"
            data={chapters}
            allowDeselect={false}
            required
            {...form.getInputProps("chapter")}
            onChange={(value) => {
              form.setFieldValue("chapter", value);
              form.setFieldValue("meeting", null);
            }}
          />
          <Select
            label="Meeting"
            placeholder={
              !form.values.chapter
                ? "Choose a chapter first"
                : meetings.isPending
                  ? "Loading meetings…"
                  : meetingOptions.length === 0
                    ? "No upcoming meeting"
                    : "Choose a meeting"
            }
            data={meetingOptions}
            allowDeselect={false}
            required
            {...form.getInputProps("meeting")}
          />
          <TextInput label="Name" maxLength={150} required {...form.getInputProps("name")} />
          <TextInput label="Email" type="email" required {...form.getInputProps("email")} />
          <TextInput label="Phone" type="tel" maxLength={40} {...form.getInputProps("phone")} />
          <TextInput
            label="Business name"
            maxLength={200}
            {...form.getInputProps("business_name")}
          />
          <TextInput label="Profession" maxLength={120} {...form.getInputProps("profession")} />
        </SimpleGrid>
        <FormAlert message={formError} />
        <Group>
          <Button type="submit" loading={register.isPending}>
            Register visitor
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
